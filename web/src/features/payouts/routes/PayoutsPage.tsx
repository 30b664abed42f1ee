import { useState } from 'react';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSettlementRuns } from '../api/payouts.ts';
import { StartRun } from '../components/StartRun.tsx';
import '../payouts.css';

/** /beheer/uitbetalingen: the settlement runs, and starting one. */
export default function PayoutsPage() {
  const { t, i18n } = useTranslation('payouts');
  usePageTitle(t('payouts.title'));
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const runs = useSettlementRuns(page);
  const language = i18n.language;

  return (
    <div className="sp-payouts">
      <Heading level={1}>{t('payouts.title')}</Heading>
      <Paragraph appearance="lead">{t('payouts.intro')}</Paragraph>

      <section aria-labelledby="start-run-heading">
        <Heading level={2} id="start-run-heading">
          {t('payouts.start.title')}
        </Heading>
        <StartRun onCreated={(run) => navigate(`/beheer/uitbetalingen/${run.id}`)} />
      </section>

      <section aria-labelledby="runs-heading">
        <Heading level={2} id="runs-heading">
          {t('payouts.runs.title')}
        </Heading>
        {runs.isPending && <Loading />}
        {runs.isError && <ErrorMessage error={runs.error} />}
        {runs.data &&
          (runs.data.items.length === 0 ? (
            <Paragraph>{t('payouts.runs.none')}</Paragraph>
          ) : (
            <>
              <TableScroll label={t('payouts.runs.title')}>
                <Table>
                  <TableCaption className="sp-visually-hidden">{t('payouts.runs.title')}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('payouts.runs.period')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('payouts.runs.createdAt')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {runs.data.items.map((run) => (
                      <TableRow key={run.id}>
                        <TableCell>
                          <RouterLink to={`/beheer/uitbetalingen/${run.id}`}>
                            {t('payouts.period', {
                              start: formatDate(run.periodStart, language),
                              end: formatDate(run.periodEnd, language),
                            })}
                          </RouterLink>
                        </TableCell>
                        <TableCell>{formatDateTime(run.createdAt, language)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
              <Pager page={runs.data.page} onChange={setPage} label={t('payouts.runs.paging')} />
            </>
          ))}
      </section>
    </div>
  );
}
