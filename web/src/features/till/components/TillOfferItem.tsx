import { useId, useRef, useState, type FormEvent } from 'react';
import { Button, Checkbox, FormField, FormLabel, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Field, describedBy } from '../../../components/Field.tsx';
import { centsToEuroInput, parseEuros } from '../../../lib/euros.ts';
import { formatMoney } from '../../../lib/format.ts';
import type { TillOffer } from '../api/till.ts';

/**
 * One offer at the till: the price to charge and, when the pass has credit (tegoed) that may pay
 * here, how much, with the choice to book part or all of the price from it. `onRedeem` gets the
 * cents to take from credit (0: the holder pays everything at the till).
 */
export function TillOfferItem({
  offer,
  busy,
  disabled,
  onRedeem,
}: {
  offer: TillOffer;
  busy: boolean;
  disabled: boolean;
  onRedeem: (creditCents: number) => void;
}) {
  const { t, i18n } = useTranslation('till');
  const language = i18n.language;
  const id = useId();
  const headingId = `offer-${offer.offerId}`;
  const amountId = `${id}-credit-amount`;
  const amountField = useRef<HTMLInputElement>(null);
  const [useCredit, setUseCredit] = useState(false);
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const maxCredit = offer.creditAvailableCents;
  const canUseCredit = offer.available && maxCredit > 0;

  const chooseCredit = (checked: boolean) => {
    setUseCredit(checked);
    setError(null);
    // Start with as much as the credit may pay here; the till lowers it when the holder wants.
    if (checked && amount === '') setAmount(centsToEuroInput(maxCredit));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!useCredit) {
      onRedeem(0);
      return;
    }
    const parsed = parseEuros(amount);
    const problem = !parsed.ok
      ? t(`till.credit.problem.${parsed.problem}`)
      : parsed.cents > maxCredit
        ? t('till.credit.problem.too-much', { max: formatMoney(maxCredit, language) })
        : null;
    setError(problem);
    if (problem || !parsed.ok) {
      requestAnimationFrame(() => amountField.current?.focus());
      return;
    }
    onRedeem(parsed.cents);
  };

  const creditCents = useCredit && !error ? parseEuros(amount) : null;
  const rest = creditCents?.ok && creditCents.cents <= maxCredit ? offer.priceCents - creditCents.cents : null;

  return (
    <li className="sp-till-offer">
      <Heading level={3} id={headingId}>
        {offer.title}
      </Heading>
      <Paragraph className="sp-till-offer__price">
        {t('till.toPay', { amount: formatMoney(offer.priceCents, language) })}
      </Paragraph>
      {!offer.available ? (
        <Paragraph className="sp-till-offer__unavailable">
          {t(`till.unavailable.${offer.unavailableReason ?? 'other'}`)}
        </Paragraph>
      ) : (
        <form onSubmit={submit} noValidate className="sp-till-offer__form" aria-labelledby={headingId}>
          {canUseCredit && (
            <>
              <Paragraph>{t('till.credit.available', { amount: formatMoney(maxCredit, language) })}</Paragraph>
              <FormField type="checkbox">
                <Checkbox
                  id={`${id}-credit`}
                  name="useCredit"
                  checked={useCredit}
                  onChange={(e) => chooseCredit(e.target.checked)}
                />
                <FormLabel htmlFor={`${id}-credit`} type="checkbox">
                  {t('till.credit.use')}
                </FormLabel>
              </FormField>
              {useCredit && (
                <Field
                  id={amountId}
                  label={t('till.credit.amount')}
                  hint={t('till.credit.amountHint', { max: formatMoney(maxCredit, language) })}
                  error={error}
                >
                  <Textbox
                    ref={amountField}
                    id={amountId}
                    name="creditAmount"
                    inputMode="decimal"
                    autoComplete="off"
                    value={amount}
                    invalid={!!error}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy(amountId, true, error)}
                    onChange={(e) => {
                      setAmount(e.target.value);
                      setError(null);
                    }}
                  />
                </Field>
              )}
              {rest !== null && (
                <Paragraph>{t('till.credit.restToPay', { amount: formatMoney(rest, language) })}</Paragraph>
              )}
            </>
          )}
          <Button
            type="submit"
            appearance="primary-action-button"
            aria-describedby={headingId}
            busy={busy}
            disabled={disabled}
          >
            {t('till.redeem')}
          </Button>
        </form>
      )}
    </li>
  );
}
