import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field, describedBy } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useAdminOffer, useSchemeChoices, useSetPaymentRules, type DiscountBorneBy } from '../api/admin.ts';

const BEARERS: DiscountBorneBy[] = ['provider', 'scheme', 'action_budget'];

/** The pass organisation decides who pays an offer's discount, and whether pass credit may pay there. */
export default function OfferPaymentRulesPage() {
  const { t } = useTranslation('admin');
  const { offerId = '' } = useParams();
  const offer = useAdminOffer(offerId);
  const schemes = useSchemeChoices();
  const save = useSetPaymentRules(offerId);
  const [bearer, setBearer] = useState<DiscountBorneBy>('provider');
  const [schemeId, setSchemeId] = useState('');
  const [credit, setCredit] = useState(false);
  const [schemeError, setSchemeError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstInvalid(form);
  const loaded = useRef(false);
  usePageTitle(t('admin.paymentRules.title', { title: offer.data?.title ?? '' }));

  useEffect(() => {
    const rules = offer.data?.paymentRules;
    if (rules && !loaded.current) {
      loaded.current = true;
      setBearer(rules.discountBorneBy);
      setSchemeId(rules.discountScheme?.id ?? '');
      setCredit(rules.payableFromCredit);
    }
  }, [offer.data]);

  const errorText = (code: string) =>
    t(`admin.paymentRules.errors.${code}`, { defaultValue: t('admin.paymentRules.errors.required') });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (bearer === 'scheme' && !schemeId) {
      setSchemeError(errorText('required'));
      focusFirstError();
      return;
    }
    setSchemeError(null);
    save.mutate(
      {
        payableFromCredit: credit,
        discountBorneBy: bearer,
        ...(bearer === 'scheme' ? { discountSchemeId: schemeId } : {}),
      },
      {
        onSuccess: () => setDone(t('admin.paymentRules.saved')),
        onError: (error) => {
          const problem =
            error instanceof ApiError ? error.invalidParams.find((p) => p.name === 'body.discountSchemeId') : undefined;
          if (problem) {
            setSchemeError(errorText(problem.code));
            focusFirstError();
          }
        },
      },
    );
  };

  if (offer.isPending) return <Loading />;
  if (offer.isError) return <ErrorMessage error={offer.error} />;
  const choices = schemes.data?.items ?? [];

  return (
    <>
      <Heading level={1}>{t('admin.paymentRules.title', { title: offer.data.title })}</Heading>
      <Paragraph>{t('admin.paymentRules.provider', { name: offer.data.provider.name })}</Paragraph>
      <Paragraph>{t('admin.paymentRules.intro')}</Paragraph>
      <form ref={form} onSubmit={submit} noValidate className="sp-form">
        <Fieldset>
          <FieldsetLegend>{t('admin.paymentRules.bearer')}</FieldsetLegend>
          <FormFieldDescription>{t('admin.paymentRules.bearerHint')}</FormFieldDescription>
          {BEARERS.map((value) => (
            <FormField key={value} type="radio">
              <RadioButton
                id={`bearer-${value}`}
                name="discountBorneBy"
                value={value}
                checked={bearer === value}
                onChange={() => {
                  setBearer(value);
                  setSchemeError(null);
                }}
              />
              <FormLabel htmlFor={`bearer-${value}`} type="radio">
                {t(`admin.paymentRules.borneBy.${value}`)}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
        {bearer === 'scheme' &&
          (choices.length === 0 && !schemes.isPending ? (
            <Paragraph>{t('admin.paymentRules.noSchemes')}</Paragraph>
          ) : (
            <Field id="payment-scheme" label={t('admin.paymentRules.scheme')} error={schemeError}>
              <Select
                id="payment-scheme"
                name="discountSchemeId"
                value={schemeId}
                invalid={!!schemeError}
                aria-describedby={describedBy('payment-scheme', false, schemeError)}
                onChange={(e) => setSchemeId(e.target.value)}
              >
                <SelectOption value="">{t('admin.paymentRules.chooseScheme')}</SelectOption>
                {choices.map((s) => (
                  <SelectOption key={s.id} value={s.id}>
                    {s.name}
                  </SelectOption>
                ))}
              </Select>
            </Field>
          ))}
        <FormField type="checkbox">
          <Checkbox
            id="payment-credit"
            name="payableFromCredit"
            checked={credit}
            onChange={(e) => setCredit(e.target.checked)}
          />
          <FormLabel htmlFor="payment-credit" type="checkbox">
            {t('admin.paymentRules.credit')}
          </FormLabel>
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('admin.paymentRules.save')}
        </Button>
      </form>
      {done && <Paragraph role="status">{done}</Paragraph>}
      {save.isError && !schemeError && <ErrorMessage error={save.error} />}
      <Paragraph>
        <RouterLink to="/beheer/aanbod">{t('admin.paymentRules.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
