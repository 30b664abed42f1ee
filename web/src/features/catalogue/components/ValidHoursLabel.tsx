import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { OfferSummary } from '../api/catalogue.ts';

type Window = OfferSummary['validHours'][number];

/** Monday 5 January 2026 plus `day - 1` days: a date on each ISO weekday, to name it in any language. */
const weekdayNames = new Map<string, Intl.DateTimeFormat>();
const weekdayName = (day: number, language: string) => {
  // One formatter per language: making one costs far more than using it, on every offer shown.
  let names = weekdayNames.get(language);
  if (!names) {
    names = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
    weekdayNames.set(language, names);
  }
  return names.format(new Date(Date.UTC(2026, 0, 4 + day)));
};

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
