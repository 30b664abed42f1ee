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
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { hasEnded, type CreditScheme } from '../api/credit.ts';
import { ExpireScheme } from './ExpireScheme.tsx';

/** The credit schemes with what is left in each fund and on passes; after the last day, the expiry button. */
export function SchemeTable({ schemes, onExpired }: { schemes: CreditScheme[]; onExpired: (message: string) => void }) {
  const { t, i18n } = useTranslation('credit-admin');
  const language = i18n.language;
  return (
    <TableScroll label={t('creditAdmin.list.title')}>
      <Table>
        <TableCaption className="sp-visually-hidden">{t('creditAdmin.list.title')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('creditAdmin.list.scheme')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('creditAdmin.list.amountPerPass')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('creditAdmin.list.validUntil')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('creditAdmin.list.fund')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('creditAdmin.list.outstanding')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('creditAdmin.list.action')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {schemes.map((s) => (
            <TableRow key={s.id}>
              <TableCell>
                <RouterLink to={`/beheer/tegoed/${s.id}`}>{s.name}</RouterLink>
              </TableCell>
              <TableCell>{formatMoney(s.amountPerPassCents, language)}</TableCell>
              <TableCell>
                {formatDate(s.validUntil, language)}
                {hasEnded(s) ? ` (${t('creditAdmin.list.ended')})` : ''}
              </TableCell>
              <TableCell>{formatMoney(s.fundBalanceCents, language)}</TableCell>
              <TableCell>
                {t('creditAdmin.list.onPasses', {
                  amount: formatMoney(s.outstandingCreditCents, language),
                  count: s.passesWithCredit,
                })}
              </TableCell>
              <TableCell>
                {hasEnded(s) && s.outstandingCreditCents > 0 ? (
                  <ExpireScheme scheme={s} onDone={onExpired} />
                ) : (
                  <RouterLink to={`/beheer/tegoed/${s.id}`}>{t('creditAdmin.list.open', { name: s.name })}</RouterLink>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
