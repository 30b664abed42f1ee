import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDate } from '../../../lib/format.ts';
import type { GiftOrder } from '../api/gift-passes.ts';

/** The codes of an order: the code, until when it works, and whether it was used. */
export function GiftCodesTable({ codes }: { codes: GiftOrder['codes'] }) {
  const { t, i18n } = useTranslation('gift-passes');
  const caption = t('codes.caption');
  return (
    <TableScroll label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('codes.code')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('codes.expiresOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('codes.status')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {codes.map((c) => (
            <TableRow key={c.code}>
              <TableCell>
                <code>{c.code}</code>
              </TableCell>
              <TableCell>{formatDate(c.expiresOn, i18n.language)}</TableCell>
              <TableCell>{t(`codes.${c.status}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
