import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title: "<page> - Zaanse Pas". `null` leaves the title to another component. */
export function usePageTitle(title: string | null) {
  const { t } = useTranslation();
  useEffect(() => {
    if (title === null) return;
    document.title = title ? `${title} - ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
