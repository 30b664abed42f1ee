import { useRef, useState } from 'react';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
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
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { sepaFileUrl, statementUrl, useSettlementRun, type Run } from '../api/payouts.ts';
import { ConfirmPayment } from '../components/ConfirmPayment.tsx';
import { UploadStatement } from '../components/UploadStatement.tsx';
import '../payouts.css';

function RunDetails({ run }: { run: Run }) {
  const { t, i18n } = useTranslation('payouts');
  const language = i18n.language;
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const done = (message: string) => {
    setAnnouncement(message);
    requestAnimationFrame(() => heading.current?.focus());
  };
  const period = t('payouts.period', {
    start: formatDate(run.periodStart, language),
    end: formatDate(run.periodEnd, language),
  });

  return (
    <>
      <Heading level={1}>{t('payouts.run.title', { period })}</Heading>
      <DataList>
        <DataListItem>
          <DataListKey>{t('payouts.run.total')}</DataListKey>
          <DataListValue>{formatMoney(run.totalCents, language)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('payouts.run.count')}</DataListKey>
          <DataListValue>{t('payouts.run.paidOf', { paid: run.paidCount, count: run.settlementCount })}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('payouts.run.debtor')}</DataListKey>
          <DataListValue>
            {run.debtorName}
            {run.debtorIban ? ` (${run.debtorIban})` : ''}
          </DataListValue>
        </DataListItem>
      </DataList>

      <section aria-labelledby="settlements-heading">
        <Heading level={2} id="settlements-heading" tabIndex={-1} ref={heading}>
          {t('payouts.run.settlements')}
        </Heading>
        <div role="status" aria-live="polite" className="sp-payouts-status">
          {announcement}
        </div>
        {run.settlements.length === 0 ? (
          <Paragraph>{t('payouts.run.noSettlements')}</Paragraph>
        ) : (
          <TableScroll label={t('payouts.run.settlements')}>
            <Table>
              <TableCaption className="sp-visually-hidden">{t('payouts.run.settlements')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('payouts.run.provider')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('payouts.run.amount')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('payouts.run.iban')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('payouts.run.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('payouts.run.statement')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('payouts.run.action')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {run.settlements.map((s) => (
                  <TableRow key={s.id}>
                    <TableHeaderCell scope="row">{s.provider.name}</TableHeaderCell>
                    <TableCell>{formatMoney(s.amountCents, language)}</TableCell>
                    <TableCell>
                      {s.creditorName}
                      <br />
                      {s.creditorIban}
                    </TableCell>
                    <TableCell>
                      {s.status === 'paid'
                        ? t(s.paymentSource === 'manual' ? 'payouts.status.paidManual' : 'payouts.status.paidBank', {
                            date: s.paidOn ? formatDate(s.paidOn, language) : '',
                          })
                        : t('payouts.status.pending')}
                    </TableCell>
                    <TableCell>
                      <Link href={statementUrl(s.id)} download>
                        {t('payouts.run.statementLink', { name: s.provider.name })}
                      </Link>
                    </TableCell>
                    <TableCell>
                      {s.status === 'pending' ? <ConfirmPayment settlement={s} onDone={done} /> : '—'}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        )}
      </section>

      {run.blockedProviders.length > 0 && (
        <section aria-labelledby="blocked-heading">
          <Heading level={2} id="blocked-heading">
            {t('payouts.blocked.title')}
          </Heading>
          <Paragraph>{t('payouts.blocked.intro')}</Paragraph>
          <TableScroll label={t('payouts.blocked.title')}>
            <Table>
              <TableCaption className="sp-visually-hidden">{t('payouts.blocked.title')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('payouts.run.provider')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('payouts.run.amount')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('payouts.blocked.reason')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {run.blockedProviders.map((b) => (
                  <TableRow key={b.provider.id}>
                    <TableHeaderCell scope="row">{b.provider.name}</TableHeaderCell>
                    <TableCell>{formatMoney(b.amountCents, language)}</TableCell>
                    <TableCell>{t(`payouts.blocked.reasons.${b.reason}`, { defaultValue: b.reason })}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        </section>
      )}

      <section aria-labelledby="sepa-heading">
        <Heading level={2} id="sepa-heading">
          {t('payouts.sepa.title')}
        </Heading>
        <Paragraph>{t('payouts.sepa.intro')}</Paragraph>
        {run.settlements.length > 0 ? (
          <Paragraph>
            <Link href={sepaFileUrl(run.id)} download>
              {t('payouts.sepa.download', { period })}
            </Link>
          </Paragraph>
        ) : (
          <Paragraph>{t('payouts.sepa.empty')}</Paragraph>
        )}
      </section>

      {run.settlements.length > 0 && (
        <section aria-labelledby="upload-heading">
          <Heading level={2} id="upload-heading">
            {t('payouts.upload.title')}
          </Heading>
          <Paragraph>{t('payouts.upload.intro')}</Paragraph>
          <UploadStatement runId={run.id} />
        </section>
      )}
    </>
  );
}

/** /beheer/uitbetalingen/:runId: one run, its settlements, the payout file, and confirming payments. */
export default function PayoutRunPage() {
  const { t } = useTranslation('payouts');
  const { runId = '' } = useParams();
  const run = useSettlementRun(runId);
  usePageTitle(t('payouts.title'));
  return (
    <div className="sp-payouts">
      <Paragraph>
        <RouterLink to="/beheer/uitbetalingen">{t('payouts.run.back')}</RouterLink>
      </Paragraph>
      {run.isPending && (
        <>
          <Heading level={1}>{t('payouts.title')}</Heading>
          <Loading />
        </>
      )}
      {run.isError && (
        <>
          <Heading level={1}>{t('payouts.title')}</Heading>
          <ErrorMessage error={run.error} />
        </>
      )}
      {run.data && <RunDetails run={run.data} />}
    </div>
  );
}
