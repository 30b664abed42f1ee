import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../../lib/api/client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

/** /mijn-pas/afdrukken: the pass on paper, for a till when the phone is flat or for who has none. */
export default function PrintablePassPage() {
  const { t, i18n } = useTranslation('printable-pass');
  usePageTitle(t('print.title'));
  const language = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'].includes(i18n.language) ? i18n.language : 'nl';
  return (
    <>
      <Heading level={1}>{t('print.title')}</Heading>
      <Paragraph appearance="lead">{t('print.intro')}</Paragraph>
      <Paragraph>{t('print.how')}</Paragraph>
      <Paragraph>
        <Link href={`${API_BASE}/me/printable-pass?language=${language}`} download>
          {t('print.download')}
        </Link>
      </Paragraph>
      {language === 'ar' && <Paragraph>{t('print.languageNote')}</Paragraph>}
    </>
  );
}
