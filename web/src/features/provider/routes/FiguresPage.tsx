import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PeopleFigureNote, peopleFigureText } from '../../../components/PeopleFigure.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { useSession } from '../../../lib/session.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useProviderFigures, type ProviderFigures } from '../api/figures.ts';
import '../provider.css';

type Figure = ProviderFigures['uniqueHolders'];

/** The rows of the CSV export: the same disclosed figures as on the page, nothing more. */
function csvOf(f: ProviderFigures, shown: (figure: Figure) => string): string {
  const rows: string[][] = [
    ['soort', 'periode of naam', 'waarde'],
    ['verzilveringen', `${f.from} - ${f.to}`, String(f.redemptions)],
    ['unieke pashouders', `${f.from} - ${f.to}`, shown(f.uniqueHolders)],
    ['omzet in centen', `${f.from} - ${f.to}`, String(f.turnoverCents)],
    ['vergoed in centen', `${f.from} - ${f.to}`, String(f.reimbursedCents)],
    ...f.redemptionsPerMonth.map((m) => ['verzilveringen per maand', m.month, String(m.redemptions)]),
    ...f.redemptionsPerWeek.map((w) => ['verzilveringen per week', w.weekStart, String(w.redemptions)]),
    ...f.reachByWijk.map((w) => ['pashouders per wijk', w.wijkName, shown(w.holders)]),
    ...f.reachByRoute.map((r) => ['pashouders per route', r.routeName, shown(r.holders)]),
  ];
  const cell = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** "Cijfers": the provider's redemptions, turnover and reach; figures about holders only from 10 up. */
export default function FiguresPage() {
  const { t, i18n } = useTranslation('provider');
  usePageTitle(t('figures.title'));
  const session = useSession();
  const providerId = session.data?.providerId ?? '';
  const figures = useProviderFigures(providerId);
  const common = useTranslation().t;
  // "minder dan 10", or "verborgen" where a figure of 10 or more protects a small one.
  const shown = (figure: Figure) => peopleFigureText(common, figure, String);

  const download = (f: ProviderFigures) => {
    const blob = new Blob([csvOf(f, shown)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `cijfers-${f.from}-${f.to}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="sp-provider">
      <Heading level={1}>{t('figures.title')}</Heading>
      <Paragraph appearance="lead">{t('figures.intro')}</Paragraph>
      {figures.isPending && <Loading />}
      {figures.isError && <ErrorMessage error={figures.error} />}
      {figures.data && (
        <>
          <Paragraph>{t('figures.period', { from: figures.data.from, to: figures.data.to })}</Paragraph>
          <dl className="sp-figures">
            <dt>{t('figures.redemptions')}</dt>
            <dd>{figures.data.redemptions}</dd>
            <dt>{t('figures.uniqueHolders')}</dt>
            <dd>{shown(figures.data.uniqueHolders)}</dd>
            <dt>{t('figures.turnover')}</dt>
            <dd>{formatMoney(figures.data.turnoverCents, i18n.language)}</dd>
            <dt>{t('figures.reimbursed')}</dt>
            <dd>{formatMoney(figures.data.reimbursedCents, i18n.language)}</dd>
          </dl>
          <Button appearance="secondary-action-button" onClick={() => download(figures.data)}>
            {t('figures.csv')}
          </Button>
          <FigureTable
            caption={t('figures.perMonth')}
            head={[t('figures.month'), t('figures.redemptions')]}
            rows={figures.data.redemptionsPerMonth.map((m) => [m.month, String(m.redemptions)])}
          />
          <FigureTable
            caption={t('figures.perWeek')}
            head={[t('figures.weekStart'), t('figures.redemptions')]}
            rows={figures.data.redemptionsPerWeek.map((w) => [w.weekStart, String(w.redemptions)])}
          />
          <FigureTable
            caption={t('figures.byWijk')}
            head={[t('figures.wijk'), t('figures.holders')]}
            rows={figures.data.reachByWijk.map((w) => [w.wijkName, shown(w.holders)])}
          />
          <FigureTable
            caption={t('figures.byRoute')}
            head={[t('figures.route'), t('figures.holders')]}
            rows={figures.data.reachByRoute.map((r) => [r.routeName, shown(r.holders)])}
          />
          <PeopleFigureNote />
        </>
      )}
    </div>
  );
}

function FigureTable({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  const { t } = useTranslation('provider');
  return (
    <section>
      <Heading level={2}>{caption}</Heading>
      {rows.length === 0 ? (
        <Paragraph>{t('figures.none')}</Paragraph>
      ) : (
        <TableScroll label={caption}>
          <Table>
            <TableHeader>
              <TableRow>
                {head.map((h) => (
                  <TableHeaderCell key={h} scope="col">
                    {h}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row[0]}>
                  {row.map((value, i) => (
                    <TableCell key={i}>{value}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
