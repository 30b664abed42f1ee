import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { useDashboardBuurten, type Condition } from '../api/insight.ts';
import { UnitFigure } from './UnitFigure.tsx';

/**
 * A dashboard's wijk figure per buurt (the "armoede vrije buurt" pilot). The server hides a buurt
 * under 10 and, where needed, a second one, so the wijk figure minus the others never gives it away.
 */
export function BuurtBreakdownTable({
  condition,
  wijkCode,
  year,
}: {
  condition: Condition;
  wijkCode: string;
  year: number;
}) {
  const { t } = useTranslation('insight');
  const buurten = useDashboardBuurten(condition, wijkCode, year);
  const data = buurten.data;
  const title = data ? t('dashboard.buurtenOf', { wijk: data.wijk.name }) : t('dashboard.byBuurt');
  const measure = data ? t(`measure.${data.measure}`, { defaultValue: data.measure }) : '';
  return (
    <section aria-labelledby="buurten-heading" aria-live="polite">
      <Heading level={3} id="buurten-heading">
        {title}
      </Heading>
      {buurten.isPending && <Loading />}
      {buurten.isError && <ErrorMessage error={buurten.error} />}
      {data && data.wijkFigure.suppressed && <Paragraph>{t('dashboard.buurtenHidden')}</Paragraph>}
      {data && !data.wijkFigure.suppressed && data.items.length === 0 && (
        <Paragraph>{t('dashboard.noBuurten')}</Paragraph>
      )}
      {data && data.items.length > 0 && (
        <>
          <Paragraph>{t('dashboard.buurtenIntro')}</Paragraph>
          <TableScroll label={title}>
            <Table>
              <TableCaption>{`${title}: ${measure}`}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('dashboard.buurt')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{measure}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((item) => (
                  <TableRow key={item.key}>
                    <TableHeaderCell scope="row">{item.label}</TableHeaderCell>
                    <TableCell>
                      <UnitFigure figure={item.figure} unit={data.unit} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
              <TableFooter>
                <TableRow>
                  <TableHeaderCell scope="row">{t('dashboard.wholeWijk')}</TableHeaderCell>
                  <TableCell>
                    <UnitFigure figure={data.wijkFigure} unit={data.unit} />
                  </TableCell>
                </TableRow>
              </TableFooter>
            </Table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
