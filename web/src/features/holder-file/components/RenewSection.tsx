import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useRenewPass, type HolderFile, type HolderRenewalInput } from '../api/holder-file.ts';

type Pass = HolderFile['passes'][number];
type Method = HolderRenewalInput['paymentMethod'];

/** One pass's renewal in a few words: can it be renewed now, from when, or how else. */
export function renewalText(pass: Pass, t: TFunction<'holder-file'>, lang: string) {
  const r = pass.renewal;
  if (r.renewableNow && r.priceCents !== null && r.nextValidUntil)
    return t('holderFile.renew.now', {
      price: formatMoney(r.priceCents, lang),
      until: formatDate(r.nextValidUntil, lang),
    });
  if (r.refusal === 'pass-renewal-too-early')
    return t('holderFile.renew.from', { from: formatDate(r.renewableFrom, lang) });
  return t(`holderFile.renew.refusal.${r.refusal ?? 'pass-sales-unavailable'}`);
}

/**
 * Renewing from the file. A paid pass: the payment is taken at a sales point (pin or cash) and
 * counted in that desk's day. A free pass is renewed by a new application or the yearly import:
 * the page says so and links there.
 */
export function RenewSection({ file }: { file: HolderFile }) {
  const { t, i18n } = useTranslation('holder-file');
  const lang = i18n.language;
  const renew = useRenewPass(file.id);
  const saleId = useRef(crypto.randomUUID());
  const renewable = file.passes.filter((p) => p.renewal.renewableNow);
  const free = file.passes.some((p) => !p.renewal.paid && p.status !== 'replaced');
  const [passId, setPassId] = useState('');
  const [pointId, setPointId] = useState('');
  const [method, setMethod] = useState<Method>('pin');
  const [done, setDone] = useState('');
  const pass = renewable.find((p) => p.id === passId) ?? renewable[0];
  const point = file.salesPoints.find((s) => s.id === pointId) ?? file.salesPoints[0];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pass || !point) return;
    setDone('');
    renew.mutate(
      { passId: pass.id, salesPointId: point.id, paymentMethod: method, saleId: saleId.current },
      {
        onSuccess: (result) => {
          saleId.current = crypto.randomUUID();
          setDone(
            t('holderFile.renew.done', {
              number: result.passNumber,
              until: formatDate(result.validUntil, lang),
              amount: formatMoney(result.amountCents, lang),
              method: t(`holderFile.renew.method.${result.paymentMethod}`),
              point: result.salesPointName,
            }),
          );
        },
      },
    );
  };

  return (
    <>
      {free && (
        <Paragraph>
          {t('holderFile.renew.free')}{' '}
          <RouterLink to="/beheer/aanvragen">{t('holderFile.renew.applications')}</RouterLink>
          {' · '}
          <RouterLink to="/beheer/import">{t('holderFile.renew.import')}</RouterLink>
        </Paragraph>
      )}
      {renewable.length === 0 && <Paragraph>{t('holderFile.renew.nothing')}</Paragraph>}
      {renewable.length > 0 && file.salesPoints.length === 0 && (
        <Paragraph>{t('holderFile.renew.noSalesPoint')}</Paragraph>
      )}
      {pass && point && (
        <form onSubmit={submit} className="sp-form" aria-labelledby="renew-heading">
          <Field id="renew-pass" label={t('holderFile.passActions.pass')}>
            <Select id="renew-pass" value={pass.id} onChange={(e) => setPassId(e.target.value)}>
              {renewable.map((p) => (
                <SelectOption key={p.id} value={p.id}>
                  {`${p.number} (${renewalText(p, t, lang)})`}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Field id="renew-point" label={t('holderFile.renew.point')}>
            <Select id="renew-point" value={point.id} onChange={(e) => setPointId(e.target.value)}>
              {file.salesPoints.map((s) => (
                <SelectOption key={s.id} value={s.id}>
                  {s.name}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Fieldset>
            <FieldsetLegend>{t('holderFile.renew.paidWith')}</FieldsetLegend>
            {(['pin', 'cash'] as const).map((m) => (
              <FormField key={m} type="radio">
                <RadioButton
                  id={`renew-method-${m}`}
                  name="renew-method"
                  checked={method === m}
                  onChange={() => setMethod(m)}
                />
                <FormLabel htmlFor={`renew-method-${m}`} type="radio">
                  {t(`holderFile.renew.method.${m}`)}
                </FormLabel>
              </FormField>
            ))}
          </Fieldset>
          <Button type="submit" appearance="primary-action-button" busy={renew.isPending} disabled={renew.isPending}>
            {t('holderFile.renew.submit')}
          </Button>
        </form>
      )}
      <div role="status" aria-live="polite">
        {done}
      </div>
      {renew.isError && <ErrorMessage error={renew.error} />}
    </>
  );
}
