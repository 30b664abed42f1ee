import {
  Heading,
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
import type { Breakdown } from '../api/insight.ts';
import { UnitFigure } from './UnitFigure.tsx';

/** One breakdown of a dashboard (per wijk, route or target group) as a table. */
export function BreakdownTable({ title, by, breakdown }: { title: string; by: string; breakdown: Breakdown }) {
  const { t } = useTranslation('insight');
  const caption = `${title}: ${t(`measure.${breakdown.measure}`, { defaultValue: breakdown.measure })}`;
  return (
    <section>
      <Heading level={2}>{title}</Heading>
      {breakdown.items.length === 0 ? (
        <p className="sp-meta">{t('dashboard.noBreakdown')}</p>
      ) : (
        <TableScroll label={caption}>
          <Table>
            <TableCaption>{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{by}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t(`measure.${breakdown.measure}`, { defaultValue: breakdown.measure })}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {breakdown.items.map((item) => (
                <TableRow key={item.key}>
                  <TableHeaderCell scope="row">{item.label}</TableHeaderCell>
                  <TableCell>
                    <UnitFigure figure={item.figure} unit={breakdown.unit} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
