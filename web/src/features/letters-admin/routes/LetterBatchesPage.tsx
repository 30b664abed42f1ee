import {
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { API_BASE } from '../../../lib/api/client.ts';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useLetterBatches } from '../api/letters.ts';

/** /beheer/brieven: per day, the letters to residents without e-mail, as one PDF to print. */
export default function LetterBatchesPage() {
  const { t, i18n } = useTranslation('letters-admin');
  usePageTitle(t('letters.title'));
  const batches = useLetterBatches();
  return (
    <>
      <Heading level={1}>{t('letters.title')}</Heading>
      <Paragraph appearance="lead">{t('letters.intro')}</Paragraph>
      {batches.isPending && <Loading />}
      {batches.isError && <ErrorMessage error={batches.error} />}
      {batches.data && (
        <>
          <Paragraph>{t('letters.open', { count: batches.data.openCount })}</Paragraph>
          {batches.data.items.length === 0 ? (
            <Paragraph>{t('letters.none')}</Paragraph>
          ) : (
            <TableScroll label={t('letters.list')}>
              <Table>
                <TableCaption className="sp-visually-hidden">{t('letters.list')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('letters.day')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('letters.count')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('letters.file')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {batches.data.items.map((batch) => {
                    const day = formatDate(batch.date, i18n.language);
                    return (
                      <TableRow key={batch.date}>
                        <TableCell>{day}</TableCell>
                        <TableCell>{batch.letterCount}</TableCell>
                        <TableCell>
                          <Link href={`${API_BASE}/letter-batches/${batch.date}/letters.pdf`} download>
                            {t('letters.download', { day })}
                          </Link>
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableScroll>
          )}
        </>
      )}
    </>
  );
}
