import { useState } from 'react';
import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { formatDateTime, formatMoney } from '../../../lib/format.ts';
import { useProviderRedemptions } from '../api/till.ts';

export function RecentRedemptions() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useProviderRedemptions(page);
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  if (list.data.items.length === 0) return <Paragraph>{t('till.noRedemptions')}</Paragraph>;
  return (
    <>
      <TableScroll label={t('till.recent')}>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('table.date')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('table.offer')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('table.pass')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('table.amount')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('table.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.data.items.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{formatDateTime(r.redeemedAt, i18n.language)}</TableCell>
                <TableCell>{r.offerTitle}</TableCell>
                <TableCell>{r.passNumber}</TableCell>
                <TableCell>{formatMoney(r.priceCents, i18n.language)}</TableCell>
                <TableCell>{t(`redemptionStatus.${r.status}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      <Pager page={list.data.page} onChange={setPage} label={t('till.redemptionsPaging')} />
    </>
  );
}
