import {
  Button,
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

/** A breakdown whose rows open a finer breakdown (a wijk its buurten): the chosen key and how to choose. */
export interface DrillDown {
  chosen: string | undefined;
  onChoose: (key: string | undefined) => void;
  /** The label of the button of one row. */
  label: (itemLabel: string) => string;
  column: string;
}

/** One breakdown of a dashboard (per wijk, route or target group) as a table; with `drill`, a shown row opens its parts. */
export function BreakdownTable({
  title,
  by,
  breakdown,
  drill,
}: {
  title: string;
  by: string;
  breakdown: Breakdown;
  drill?: DrillDown | undefined;
}) {
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
                {drill && <TableHeaderCell scope="col">{drill.column}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {breakdown.items.map((item) => (
                <TableRow key={item.key}>
                  <TableHeaderCell scope="row">{item.label}</TableHeaderCell>
                  <TableCell>
                    <UnitFigure figure={item.figure} unit={breakdown.unit} />
                  </TableCell>
                  {drill && (
                    <TableCell>
                      {/* A hidden figure has no parts to show: they would add up to it. */}
                      {!item.figure.suppressed && (
                        <Button
                          appearance="subtle-button"
                          aria-pressed={drill.chosen === item.key}
                          onClick={() => drill.onChoose(drill.chosen === item.key ? undefined : item.key)}
                        >
                          {drill.label(item.label)}
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
