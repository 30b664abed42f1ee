import { Paragraph } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** A figure about people as the API gives it (insight/disclosure.ts on the server). */
export interface PeopleFigureValue {
  value: number | null;
  suppressed: boolean;
  reason?: 'fewer-than-10' | 'protects-another' | undefined;
}

/**
 * The text of a figure: the number, "minder dan 10" when it is about fewer than 10 people, or
 * "verborgen" when it is about 10 or more but hidden so that a total cannot give a small figure away.
 */
export function peopleFigureText(
  t: TFunction,
  figure: PeopleFigureValue | null | undefined,
  format: (value: number) => string = (value) => value.toLocaleString('nl-NL'),
): string {
  if (!figure || figure.suppressed || figure.value === null)
    return figure?.reason === 'protects-another' ? t('figure.hidden') : t('figure.fewerThan10');
  return format(figure.value);
}

/** A figure about people in a table or a sentence; hidden figures in grey. */
export function PeopleFigure({
  figure,
  format,
}: {
  figure: PeopleFigureValue | null | undefined;
  format?: (value: number) => string;
}) {
  const { t } = useTranslation();
  const text = peopleFigureText(t, figure, format);
  if (!figure || figure.suppressed || figure.value === null) return <span className="sp-muted">{text}</span>;
  return <>{text}</>;
}

/** The short explanation under figures about people: what "minder dan 10" and "verborgen" mean. */
export function PeopleFigureNote() {
  const { t } = useTranslation();
  return <Paragraph className="sp-meta">{t('figure.note')}</Paragraph>;
}
