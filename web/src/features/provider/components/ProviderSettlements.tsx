import { useState } from 'react';
import {
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
import { Pager } from '../../../components/Pager.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { statementUrl, useProviderSettlements } from '../api/payouts.ts';

/** The provider's settlements (uitbetalingen), newest first, each with its PDF statement. */
export function ProviderSettlements({ providerId }: { providerId: string }) {
  const { t, i18n } = useTranslation('provider');
  const language = i18n.language;
  const [page, setPage] = useState(1);
  const settlements = useProviderSettlements(providerId, page);
  if (settlements.isPending) return <Loading />;
  if (settlements.isError) return <ErrorMessage error={settlements.error} />;
  if (settlements.data.items.length === 0) return <Paragraph>{t('payouts.provider.none')}</Paragraph>;
  return (
    <>
      <TableScroll label={t('payouts.provider.title')}>
        <Table>
          <TableCaption className="sp-visually-hidden">{t('payouts.provider.title')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('payouts.runs.period')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('payouts.run.amount')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('payouts.run.iban')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('payouts.run.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('payouts.run.statement')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {settlements.data.items.map((s) => {
              const period = t('payouts.period', {
                start: formatDate(s.periodStart, language),
                end: formatDate(s.periodEnd, language),
              });
              return (
                <TableRow key={s.id}>
                  <TableHeaderCell scope="row">{period}</TableHeaderCell>
                  <TableCell>{formatMoney(s.amountCents, language)}</TableCell>
                  <TableCell>{s.creditorIban}</TableCell>
                  <TableCell>
                    {s.status === 'paid'
                      ? t('payouts.status.paid', { date: s.paidOn ? formatDate(s.paidOn, language) : '' })
                      : t('payouts.status.pending')}
                  </TableCell>
                  <TableCell>
                    <Link href={statementUrl(s.id)} download>
                      {t('payouts.provider.statementLink', { period })}
                    </Link>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableScroll>
      <Pager page={settlements.data.page} onChange={setPage} label={t('payouts.provider.paging')} />
    </>
  );
}
