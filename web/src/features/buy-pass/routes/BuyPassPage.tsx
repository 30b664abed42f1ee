import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { useSession } from '../../../lib/session.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useWijken } from '../../../lib/lookups.ts';
import { useCreatePassOrder, usePassPrices, type NewPassOrder } from '../api/pass-orders.ts';
import { TestModeNotice } from '../components/TestModeNotice.tsx';

interface ChildRow {
  key: number;
  name: string;
  birthDate: string;
}
const MAX_CHILDREN = 10;
let nextKey = 1;

/** "Pas kopen": a pass for yourself and optionally child passes; then off to the payment provider. */
export default function BuyPassPage() {
  const { t, i18n } = useTranslation('buy-pass');
  usePageTitle(t('buyPass.title'));
  const session = useSession();
  const prices = usePassPrices();
  const wijken = useWijken();
  const create = useCreatePassOrder();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [wijkCode, setWijkCode] = useState('');
  const [forSelf, setForSelf] = useState(true);
  const [children, setChildren] = useState<ChildRow[]>([]);

  if (session.isPending || prices.isPending) return <Loading />;
  if (prices.isError) {
    return (
      <>
        <Heading level={1}>{t('buyPass.title')}</Heading>
        <ErrorMessage error={prices.error} />
      </>
    );
  }
  const kind = session.data?.kind ?? 'anonymous';
  const isResident = kind === 'resident';
  const money = (cents: number) => formatMoney(cents, i18n.language);
  const p = prices.data;
  const total = (forSelf ? p.adultPassCents : 0) + children.length * p.childPassCents;
  const share = (forSelf ? p.adultActionBudgetShareCents : 0) + children.length * p.childActionBudgetShareCents;

  if (kind === 'staff' || kind === 'till_system') {
    return (
      <>
        <Heading level={1}>{t('buyPass.title')}</Heading>
        <Paragraph>{t('buyPass.staffCannotBuy')}</Paragraph>
      </>
    );
  }

  const setChild = (key: number, change: Partial<ChildRow>) =>
    setChildren((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const order: NewPassOrder = {
      passForSelf: isResident ? forSelf : true,
      children: children.map((c) => ({ name: c.name.trim(), birthDate: c.birthDate })),
      ...(isResident ? {} : { buyer: { name: name.trim(), email: email.trim(), wijkCode } }),
    };
    create.mutate(order, { onSuccess: (result) => window.location.assign(result.checkoutUrl) });
  };

  return (
    <>
      <Heading level={1}>{t('buyPass.title')}</Heading>
      <Paragraph>{t('buyPass.intro', { adult: money(p.adultPassCents), child: money(p.childPassCents) })}</Paragraph>
      <Paragraph>
        {t('buyPass.freePass')} <RouterLink to="/gratis-pas">{t('buyPass.freePassLink')}</RouterLink>
      </Paragraph>
      {p.adultActionBudgetShareCents > 0 && (
        <Paragraph>
          {t('buyPass.actionBudget', { amount: money(p.adultActionBudgetShareCents) })}{' '}
          <RouterLink to="/actiebudget">{t('buyPass.actionBudgetLink')}</RouterLink>
        </Paragraph>
      )}
      {p.testPayments && <TestModeNotice />}
      <form onSubmit={submit} className="sp-form">
        {isResident ? (
          <FormField type="checkbox">
            <div className="utrecht-form-field__input">
              <Checkbox
                id="buy-self"
                checked={forSelf}
                onChange={(e) => setForSelf(e.target.checked)}
                aria-describedby="buy-self-hint"
              />
            </div>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="buy-self" type="checkbox">
                {t('buyPass.forSelf', { amount: money(p.adultPassCents) })}
              </FormLabel>
            </div>
            <FormFieldDescription id="buy-self-hint">{t('buyPass.forSelfHint')}</FormFieldDescription>
          </FormField>
        ) : (
          <Fieldset>
            <FieldsetLegend>{t('buyPass.you')}</FieldsetLegend>
            <Paragraph>
              {t('buyPass.youIntro')} <RouterLink to="/inloggen">{t('buyPass.loginFirst')}</RouterLink>
            </Paragraph>
            <FormField>
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor="buy-name">{t('buyPass.name')}</FormLabel>
              </div>
              <div className="utrecht-form-field__input">
                <Textbox
                  id="buy-name"
                  autoComplete="name"
                  required
                  minLength={2}
                  maxLength={120}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                />
              </div>
            </FormField>
            <FormField>
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor="buy-email">{t('buyPass.email')}</FormLabel>
              </div>
              <FormFieldDescription id="buy-email-hint">{t('buyPass.emailHint')}</FormFieldDescription>
              <div className="utrecht-form-field__input">
                <Textbox
                  id="buy-email"
                  type="email"
                  autoComplete="email"
                  required
                  value={email}
                  aria-describedby="buy-email-hint"
                  onChange={(e) => setEmail(e.target.value)}
                />
              </div>
            </FormField>
            <FormField>
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor="buy-wijk">{t('buyPass.wijk')}</FormLabel>
              </div>
              <div className="utrecht-form-field__input">
                <Select id="buy-wijk" required value={wijkCode} onChange={(e) => setWijkCode(e.target.value)}>
                  <SelectOption value="">{t('buyPass.chooseWijk')}</SelectOption>
                  {(wijken.data?.items ?? []).map((w) => (
                    <SelectOption key={w.code} value={w.code}>
                      {w.name}
                    </SelectOption>
                  ))}
                </Select>
              </div>
            </FormField>
          </Fieldset>
        )}

        <Fieldset>
          <FieldsetLegend>{t('buyPass.children', { amount: money(p.childPassCents) })}</FieldsetLegend>
          <Paragraph>{t('buyPass.childrenIntro')}</Paragraph>
          {children.map((child, i) => (
            <div
              key={child.key}
              className="sp-buy-pass__child"
              role="group"
              aria-label={t('buyPass.childN', { n: i + 1 })}
            >
              <FormField>
                <div className="utrecht-form-field__label">
                  <FormLabel htmlFor={`child-name-${child.key}`}>{t('buyPass.childName', { n: i + 1 })}</FormLabel>
                </div>
                <div className="utrecht-form-field__input">
                  <Textbox
                    id={`child-name-${child.key}`}
                    required
                    minLength={2}
                    maxLength={120}
                    value={child.name}
                    onChange={(e) => setChild(child.key, { name: e.target.value })}
                  />
                </div>
              </FormField>
              <FormField>
                <div className="utrecht-form-field__label">
                  <FormLabel htmlFor={`child-birth-${child.key}`}>
                    {t('buyPass.childBirthDate', { n: i + 1 })}
                  </FormLabel>
                </div>
                <div className="utrecht-form-field__input">
                  <Textbox
                    id={`child-birth-${child.key}`}
                    type="date"
                    required
                    value={child.birthDate}
                    onChange={(e) => setChild(child.key, { birthDate: e.target.value })}
                  />
                </div>
              </FormField>
              <Button
                appearance="secondary-action-button"
                onClick={() => setChildren((rows) => rows.filter((r) => r.key !== child.key))}
              >
                {t('buyPass.removeChild', { n: i + 1 })}
              </Button>
            </div>
          ))}
          {children.length < MAX_CHILDREN && (
            <Button
              appearance="secondary-action-button"
              onClick={() => setChildren((rows) => [...rows, { key: nextKey++, name: '', birthDate: '' }])}
            >
              {t('buyPass.addChild')}
            </Button>
          )}
        </Fieldset>

        <Paragraph aria-live="polite">
          <strong>{t('buyPass.total', { amount: money(total) })}</strong>
          {share > 0 && <> {t('buyPass.totalShare', { amount: money(share) })}</>}
        </Paragraph>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={create.isPending}
          disabled={create.isPending || total === 0}
        >
          {t('buyPass.pay')}
        </Button>
      </form>
      {create.isError && <ErrorMessage error={create.error} />}
      {create.isSuccess && (
        <Alert type="info" role="status">
          <Paragraph>{t('buyPass.redirecting')}</Paragraph>
        </Alert>
      )}
    </>
  );
}
