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
import { formatMoney } from '../../../lib/format.ts';
import type { ActionBudgetSummary } from '../api/action-budget.ts';
import { monthName } from './month-name.ts';

/** The chart's figures as a table: the accessible alternative to the picture. */
export function MonthTable({ summary }: { summary: ActionBudgetSummary }) {
  const { t, i18n } = useTranslation('action-budget');
  const money = (cents: number) => formatMoney(cents, i18n.language);
  const caption = t('actionBudget.monthTableCaption', { year: summary.year });
  // "Other income" only when there was any: a narrower table fits beside the chart.
  const showOther = summary.months.some((m) => m.in.otherCents !== 0);
  return (
    <TableScroll label={caption}>
      <Table className="sp-budget-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('actionBudget.month')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="sp-number">
              {t('actionBudget.passSales')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="sp-number">
              {t('actionBudget.sponsors')}
            </TableHeaderCell>
            {showOther && (
              <TableHeaderCell scope="col" className="sp-number">
                {t('actionBudget.otherIn')}
              </TableHeaderCell>
            )}
            <TableHeaderCell scope="col" className="sp-number">
              {t('actionBudget.totalIn')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="sp-number">
              {t('actionBudget.totalOut')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.months.map((m) => (
            <TableRow key={m.month}>
              <TableHeaderCell scope="row">{monthName(m.month, i18n.language)}</TableHeaderCell>
              <TableCell className="sp-number">{money(m.in.passSalesCents)}</TableCell>
              <TableCell className="sp-number">{money(m.in.sponsorsCents)}</TableCell>
              {showOther && <TableCell className="sp-number">{money(m.in.otherCents)}</TableCell>}
              <TableCell className="sp-number">{money(m.in.totalCents)}</TableCell>
              <TableCell className="sp-number">{money(m.out.totalCents)}</TableCell>
            </TableRow>
          ))}
          <TableRow className="sp-budget-table__total">
            <TableHeaderCell scope="row">{t('actionBudget.wholeYear')}</TableHeaderCell>
            <TableCell className="sp-number">{money(summary.totals.passSalesCents)}</TableCell>
            <TableCell className="sp-number">{money(summary.totals.sponsorsCents)}</TableCell>
            {showOther && <TableCell className="sp-number">{money(summary.totals.otherCents)}</TableCell>}
            <TableCell className="sp-number">{money(summary.totals.inCents)}</TableCell>
            <TableCell className="sp-number">{money(summary.totals.outCents)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </TableScroll>
  );
}

/** Two columns: a name and an amount. Used for "per wijk" and "per activity". */
export function AmountTable({
  caption,
  nameHeader,
  rows,
}: {
  caption: string;
  nameHeader: string;
  rows: { key: string; name: string; amountCents: number }[];
}) {
  const { t, i18n } = useTranslation('action-budget');
  return (
    <TableScroll label={caption}>
      <Table className="sp-budget-table sp-budget-table--narrow">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{nameHeader}</TableHeaderCell>
            <TableHeaderCell scope="col" className="sp-number">
              {t('actionBudget.amount')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableHeaderCell scope="row">{row.name}</TableHeaderCell>
              <TableCell className="sp-number">{formatMoney(row.amountCents, i18n.language)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
