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
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { NotFoundPage } from '../../../components/NotFoundPage.tsx';
import { PeopleFigureNote } from '../../../components/PeopleFigure.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter.ts';
import { CONDITIONS, useDashboard, type Condition } from '../api/insight.ts';
import { BreakdownTable } from '../components/BreakdownTable.tsx';
import { BuurtBreakdownTable } from '../components/BuurtBreakdownTable.tsx';
import { UnitFigure } from '../components/UnitFigure.tsx';
import { YearSelect, yearFrom } from '../components/YearSelect.tsx';

/** The dashboard of one success condition: indicators, monthly trend, per wijk, route and target group; CSV and XLSX. */
export default function DashboardPage() {
  const { condition = '' } = useParams();
  if (!(CONDITIONS as readonly string[]).includes(condition)) return <NotFoundPage />;
  return <Dashboard condition={condition as Condition} />;
}

function Dashboard({ condition }: { condition: Condition }) {
  const { t } = useTranslation('insight');
  const title = t(`condition.${condition}.title`);
  usePageTitle(title);
  const [params, setParam] = useSearchParamSetter();
  const year = yearFrom(params);
  const dashboard = useDashboard(condition, year);
  // The wijk whose buurten are open, in the address so the view can be shared and reloaded.
  const wijk = params.get('wijk') ?? undefined;
  const exportUrl = (format: 'csv' | 'xlsx') => `/api/v1/dashboards/${condition}/export?format=${format}&year=${year}`;

  return (
    <>
      <Paragraph>
        <RouterLink to="/beleid">{t('back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <Paragraph appearance="lead">{t(`condition.${condition}.intro`)}</Paragraph>
      <YearSelect year={year} onChange={(y) => setParam('jaar', String(y))} />
      <Paragraph>
        <Link href={exportUrl('csv')} download>
          {t('dashboard.csv')}
        </Link>{' '}
        ·{' '}
        <Link href={exportUrl('xlsx')} download>
          {t('dashboard.xlsx')}
        </Link>
      </Paragraph>
      {dashboard.isPending && <Loading />}
      {dashboard.isError && <ErrorMessage error={dashboard.error} />}
      {dashboard.data && (
        <>
          <Paragraph className="sp-meta">
            {t('dashboard.until', { until: new Date(dashboard.data.figuresUntil).toLocaleString('nl-NL') })}
          </Paragraph>
          <PeopleFigureNote />
          <section>
            <Heading level={2}>{t('dashboard.indicators')}</Heading>
            <TableScroll label={t('dashboard.indicators')}>
              <Table>
                <TableCaption>{t('dashboard.indicatorsCaption', { year })}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('dashboard.indicator')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('dashboard.value')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {dashboard.data.indicators.map((i) => (
                    <TableRow key={i.key}>
                      <TableHeaderCell scope="row">{t(`indicator.${i.key}`, { defaultValue: i.key })}</TableHeaderCell>
                      <TableCell>
                        {i.available ? (
                          <UnitFigure figure={i.figure} unit={i.unit} />
                        ) : (
                          <span className="sp-muted">{t('dashboard.notMeasured')}</span>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
          </section>
          <section>
            <Heading level={2}>{t('dashboard.trend')}</Heading>
            {dashboard.data.trend.months.length === 0 ? (
              <Paragraph className="sp-meta">{t('dashboard.noMonths')}</Paragraph>
            ) : (
              <TableScroll label={t('dashboard.trend')}>
                <Table>
                  <TableCaption>
                    {t(`measure.${dashboard.data.trend.measure}`, { defaultValue: dashboard.data.trend.measure })}
                  </TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('dashboard.month')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('dashboard.value')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {dashboard.data.trend.months.map((m) => (
                      <TableRow key={m.month}>
                        <TableHeaderCell scope="row">{m.month}</TableHeaderCell>
                        <TableCell>
                          <UnitFigure figure={m.figure} unit={dashboard.data.trend.unit} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            )}
          </section>
          <BreakdownTable
            title={t('dashboard.byWijk')}
            by={t('dashboard.wijk')}
            breakdown={dashboard.data.byWijk}
            drill={
              dashboard.data.buurtBreakdown
                ? {
                    chosen: wijk,
                    onChoose: (code) => setParam('wijk', code),
                    label: (name) => t('dashboard.perBuurt', { wijk: name }),
                    column: t('dashboard.byBuurt'),
                  }
                : undefined
            }
          />
          {dashboard.data.buurtBreakdown && wijk && (
            <BuurtBreakdownTable condition={condition} wijkCode={wijk} year={year} />
          )}
          <BreakdownTable title={t('dashboard.byRoute')} by={t('dashboard.route')} breakdown={dashboard.data.byRoute} />
          <BreakdownTable
            title={t('dashboard.byTargetGroup')}
            by={t('dashboard.targetGroup')}
            breakdown={dashboard.data.byTargetGroup}
          />
        </>
      )}
    </>
  );
}
