import { useState, type FormEvent } from 'react';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  Textbox,
} from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCreateGiftOrder, type NewGiftOrder } from '../api/gift-passes.ts';

/** /cadeau/bestellen: a business or employer orders gift codes, paid online or on invoice. */
export default function OrderGiftCodesPage() {
  const { t } = useTranslation('gift-passes');
  usePageTitle(t('order.title'));
  const navigate = useNavigate();
  const create = useCreateGiftOrder();
  const [form, setForm] = useState({ companyName: '', contactName: '', email: '', quantity: '10', reference: '' });
  const [method, setMethod] = useState<NewGiftOrder['paymentMethod']>('online');
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        companyName: form.companyName.trim(),
        contactName: form.contactName.trim(),
        email: form.email.trim(),
        quantity: Number(form.quantity),
        paymentMethod: method,
        ...(form.reference.trim() ? { purchaseOrderReference: form.reference.trim() } : {}),
      },
      {
        onSuccess: (result) => {
          if (result.checkoutUrl) window.location.assign(result.checkoutUrl);
          else void navigate(`/cadeau/bestelling/${result.orderId}?sleutel=${encodeURIComponent(result.accessToken)}`);
        },
      },
    );
  };

  return (
    <>
      <Heading level={1}>{t('order.title')}</Heading>
      <Paragraph appearance="lead">{t('order.intro')}</Paragraph>
      <form onSubmit={submit} className="sp-form">
        <Field id="order-company" label={t('order.companyName')}>
          <Textbox
            id="order-company"
            required
            autoComplete="organization"
            value={form.companyName}
            onChange={set('companyName')}
          />
        </Field>
        <Field id="order-contact" label={t('order.contactName')}>
          <Textbox
            id="order-contact"
            required
            autoComplete="name"
            value={form.contactName}
            onChange={set('contactName')}
          />
        </Field>
        <Field id="order-email" label={t('order.email')}>
          <Textbox
            id="order-email"
            type="email"
            required
            autoComplete="email"
            value={form.email}
            onChange={set('email')}
          />
        </Field>
        <Field id="order-quantity" label={t('order.quantity')} hint={t('order.quantityHint')}>
          <Textbox
            id="order-quantity"
            type="number"
            min={1}
            max={500}
            required
            aria-describedby="order-quantity-hint"
            value={form.quantity}
            onChange={set('quantity')}
          />
        </Field>
        <Fieldset>
          <FieldsetLegend>{t('order.paymentMethod')}</FieldsetLegend>
          {(['online', 'invoice'] as const).map((m) => (
            <FormField key={m} type="radio">
              <RadioButton
                id={`order-method-${m}`}
                name="method"
                checked={method === m}
                onChange={() => setMethod(m)}
              />
              <FormLabel htmlFor={`order-method-${m}`} type="radio">
                {t(`order.method.${m}`)}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
        {method === 'invoice' && (
          <Field id="order-reference" label={t('order.reference')}>
            <Textbox id="order-reference" autoComplete="off" value={form.reference} onChange={set('reference')} />
          </Field>
        )}
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {method === 'online' ? t('order.submitOnline') : t('order.submitInvoice')}
        </Button>
        {create.isError && <ErrorMessage error={create.error} />}
      </form>
    </>
  );
}
