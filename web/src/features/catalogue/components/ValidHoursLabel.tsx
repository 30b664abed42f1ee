import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { weekdayName } from '../../../lib/format.ts';
import type { OfferSummary } from '../api/catalogue.ts';

type Window = OfferSummary['validHours'][number];

/** "ma, di 09:00–12:00; za 13:00–17:00" in the reader's language. */
export function describeValidHours(windows: Window[], language: string): string {
  return windows
    .map((w) => `${w.days.map((d) => weekdayName(d, language)).join(', ')} ${w.from}–${w.until}`)
    .join('; ');
}

/** Whether the offer can be used now, and on which days and hours when it has them. */
export function ValidHoursLabel({ offer }: { offer: Pick<OfferSummary, 'validHours' | 'validNow'> }) {
  const { t, i18n } = useTranslation('catalogue');
  return (
    <Paragraph className="sp-meta sp-valid-hours">
      {offer.validNow ? <strong>{t('catalogue.validNow')}</strong> : t('catalogue.notValidNow')}
      {offer.validHours.length > 0 && (
        <> · {t('catalogue.validHours', { hours: describeValidHours(offer.validHours, i18n.language) })}</>
      )}
    </Paragraph>
  );
}
