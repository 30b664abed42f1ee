import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useRenewal, useRenewalOptions, useStartRenewal, type RenewalOption } from '../api/pass-year.ts';

/** Back from the payment provider (`?verlenging=<id>`): paid, still waiting, or not paid. */
function RenewalOutcome({ renewalId }: { renewalId: string }) {
  const { t, i18n } = useTranslation('my-pass');
  const renewal = useRenewal(renewalId);
  if (!renewal.data) return renewal.isError ? <ErrorMessage error={renewal.error} /> : null;
  const { status, validUntilAfter, passNumber } = renewal.data;
  const ok = status === 'paid';
  return (
    <div className={`utrecht-alert utrecht-alert--${ok ? 'ok' : status === 'open' ? 'info' : 'warning'}`} role="status">
      <div className="utrecht-alert__content">
        <Paragraph>
          {ok && validUntilAfter
            ? t('renewal.paid', { number: passNumber, until: formatDate(validUntilAfter, i18n.language) })
            : status === 'open'
              ? t('renewal.waiting')
              : t('renewal.notPaid')}
        </Paragraph>
      </div>
    </div>
  );
}

function Option({ option }: { option: RenewalOption }) {
  const { t, i18n } = useTranslation('my-pass');
  const start = useStartRenewal();
  const language = i18n.language;
  const who = option.own ? t('renewal.yourPass') : t('renewal.passOf', { name: option.holderName });
  return (
    <li>
      <Paragraph>{t('renewal.validUntil', { who, until: formatDate(option.validUntil, language) })}</Paragraph>
      {!option.paid ? (
        <Paragraph>
          {t('renewal.free')} <RouterLink to="/gratis-pas/aanvragen">{t('renewal.applyAgain')}</RouterLink>
        </Paragraph>
      ) : option.renewableNow && option.priceCents !== null && option.nextValidUntil ? (
        <>
          <Paragraph>
            {t('renewal.offer', {
              price: formatMoney(option.priceCents, language),
              until: formatDate(option.nextValidUntil, language),
            })}
          </Paragraph>
          <Button
            appearance="primary-action-button"
            busy={start.isPending}
            disabled={start.isPending}
            onClick={() =>
              start.mutate(option.own ? undefined : option.passNumber, {
                onSuccess: (result) => window.location.assign(result.checkoutUrl),
              })
            }
          >
            {option.own ? t('renewal.payOwn') : t('renewal.payFor', { name: option.holderName })}
          </Button>
          {start.isError && <ErrorMessage error={start.error} />}
        </>
      ) : (
        <Paragraph>{t('renewal.later')}</Paragraph>
      )}
    </li>
  );
}

/**
 * "Pas verlengen": a paid pass is paid again here (or at a desk) in its last 60 days; a free pass
 * is renewed by a new application or the municipality's import. The pass keeps its number.
 */
export function RenewalSection() {
  const { t } = useTranslation('my-pass');
  const [search] = useSearchParams();
  const renewalId = search.get('verlenging');
  const options = useRenewalOptions();
  return (
    <section aria-labelledby="renewal-heading">
      <Heading level={2} id="renewal-heading">
        {t('renewal.title')}
      </Heading>
      {renewalId && /^[0-9a-f-]{36}$/.test(renewalId) && <RenewalOutcome renewalId={renewalId} />}
      {options.isError && <ErrorMessage error={options.error} />}
      {options.data && (
        <>
          <ul>
            {options.data.items.map((option) => (
              <Option key={option.passNumber} option={option} />
            ))}
          </ul>
          {options.data.items.some((o) => o.paid) && <Paragraph>{t('renewal.desk')}</Paragraph>}
        </>
      )}
    </section>
  );
}
