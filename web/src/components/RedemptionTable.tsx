import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { TableScroll } from './TableScroll.tsx';

export interface RedemptionTableRow {
  id: string;
  redeemedAt: string;
  offerTitle: string;
  priceCents: number;
  status: 'redeemed' | 'cancelled';
}

interface Props<T extends RedemptionTableRow> {
  rows: T[];
  /** Accessible name of the scrollable table region. */
  label: string;
  /** The column that differs per reader: the pass (for a provider) or the provider (for a holder). */
  party: { header: string; value: (row: T) => string };
  amountHeader: string;
}

/** Redemptions as a table: date, offer, the other party, amount, status. */
export function RedemptionTable<T extends RedemptionTableRow>({ rows, label, party, amountHeader }: Props<T>) {
  const { t, i18n } = useTranslation();
  return (
    <TableScroll label={label}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('table.date')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('table.offer')}</TableHeaderCell>
            <TableHeaderCell scope="col">{party.header}</TableHeaderCell>
            <TableHeaderCell scope="col">{amountHeader}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('table.status')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell>{formatDateTime(r.redeemedAt, i18n.language)}</TableCell>
              <TableCell>{r.offerTitle}</TableCell>
              <TableCell>{party.value(r)}</TableCell>
              <TableCell>{formatMoney(r.priceCents, i18n.language)}</TableCell>
              <TableCell>{t(`redemptionStatus.${r.status}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
