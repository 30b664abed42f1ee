import { useTranslation } from 'react-i18next';
import type { Figure as FigureValue } from '../api/feedback-admin.ts';

/** A figure about people: the number, or "minder dan 10" when the rule of 10 hides it. */
export function Figure({ figure }: { figure: FigureValue | null | undefined }) {
  const { t } = useTranslation('feedback-admin');
  if (!figure || figure.suppressed || figure.value === null)
    return <span className="sp-muted">{t('fewerThan10')}</span>;
  return <>{figure.value.toLocaleString('nl-NL')}</>;
}
