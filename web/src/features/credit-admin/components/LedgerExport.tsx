import { Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ledgerExportUrl } from '../api/credit.ts';

/** "Download de boekhouding": the whole ledger as CSV and as JSON (format in docs/ledger.md). */
export function LedgerExport() {
  const { t } = useTranslation('credit-admin');
  return (
    <section aria-labelledby="ledger-export-heading">
      <Heading level={2} id="ledger-export-heading">
        {t('creditAdmin.export.title')}
      </Heading>
      <Paragraph>{t('creditAdmin.export.intro')}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          <Link href={ledgerExportUrl('csv')} download>
            {t('creditAdmin.export.csv')}
          </Link>
        </UnorderedListItem>
        <UnorderedListItem>
          <Link href={ledgerExportUrl('json')} download>
            {t('creditAdmin.export.json')}
          </Link>
        </UnorderedListItem>
        <UnorderedListItem>
          <Link href={ledgerExportUrl('settlements-csv')} download>
            {t('creditAdmin.export.settlementsCsv')}
          </Link>
        </UnorderedListItem>
      </UnorderedList>
    </section>
  );
}
