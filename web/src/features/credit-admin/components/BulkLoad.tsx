import { useId, useRef, useState, type ChangeEvent } from 'react';
import {
  Alert,
  Button,
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
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatMoney } from '../../../lib/format.ts';
import {
  sendBulkLoad,
  useRefreshAfterBulkLoad,
  type BulkLoadReport,
  type CreditScheme,
  type RowError,
} from '../api/credit.ts';
import { Field } from '../../../components/Field.tsx';
import { EXAMPLE_CSV } from './example-csv.ts';

/**
 * Credit on many passes from a CSV file. First a dry run: the server checks every row and books
 * nothing; every bad row is listed. Only a file without bad rows can be booked ("Nu boeken"):
 * one request that books all rows or none. Its progress is honest: the upload is measured, the
 * booking is one transaction on the server (an indeterminate bar), then done.
 */
type Phase = 'idle' | 'checking' | 'checked' | 'uploading' | 'booking' | 'done';

function RowErrorTable({ errors }: { errors: RowError[] }) {
  const { t } = useTranslation('credit-admin');
  const column = (name: string | null) =>
    name === null
      ? ''
      : /^pas|passnumber/i.test(name)
        ? t('creditAdmin.bulk.columnPass')
        : t('creditAdmin.bulk.columnAmount');
  return (
    <TableScroll label={t('creditAdmin.bulk.errorsTitle')}>
      <Table>
        <TableCaption className="sp-credit-caption">{t('creditAdmin.bulk.errorsTitle')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('creditAdmin.bulk.row')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('creditAdmin.bulk.column')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('creditAdmin.bulk.reason')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {errors.map((e, i) => (
            <TableRow key={`${e.row}-${e.code}-${i}`}>
              <TableCell>{e.row === 0 ? t('creditAdmin.bulk.wholeFile') : e.row}</TableCell>
              <TableCell>{column(e.column)}</TableCell>
              <TableCell>{t(`creditAdmin.rowErrors.${e.code}`, { defaultValue: e.reason })}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

export function BulkLoad({ scheme }: { scheme: CreditScheme }) {
  const { t, i18n } = useTranslation('credit-admin');
  const refresh = useRefreshAfterBulkLoad();
  const progressId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [check, setCheck] = useState<BulkLoadReport | null>(null);
  const [result, setResult] = useState<BulkLoadReport | null>(null);
  const [sent, setSent] = useState({ loaded: 0, total: 0 });
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLParagraphElement>(null);
  const progressText = useRef<HTMLParagraphElement>(null);
  const money = (cents: number) => formatMoney(cents, i18n.language);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setFileError(null);
    setPhase('idle');
    setCheck(null);
    setResult(null);
    setError(null);
    setStatus('');
  };

  const dryRun = async () => {
    if (!file) {
      setFileError(t('creditAdmin.bulk.chooseFirst'));
      fileInput.current?.focus();
      return;
    }
    setError(null);
    setResult(null);
    setPhase('checking');
    setStatus(t('creditAdmin.bulk.checking'));
    try {
      const report = await sendBulkLoad(scheme.id, file, { dryRun: true });
      setCheck(report);
      setPhase('checked');
      setStatus(
        report.errors.length > 0
          ? t('creditAdmin.bulk.checkedBad', { count: report.errors.length })
          : t('creditAdmin.bulk.checkedGood', { count: report.validRowCount, amount: money(report.totalCents) }),
      );
      requestAnimationFrame(() => resultHeading.current?.focus());
    } catch (e) {
      setError(e);
      setPhase('idle');
      setStatus('');
    }
  };

  const book = async () => {
    if (!file || !check) return;
    setError(null);
    setPhase('uploading');
    setSent({ loaded: 0, total: file.size });
    setStatus(t('creditAdmin.bulk.uploading'));
    try {
      const report = await sendBulkLoad(scheme.id, file, {
        dryRun: false,
        reference: check.reference,
        onUploadProgress: (loaded, total) => setSent({ loaded, total }),
        onUploaded: () => {
          setPhase('booking');
          setStatus(t('creditAdmin.bulk.booking'));
        },
      });
      setResult(report);
      setPhase('done');
      setStatus(t('creditAdmin.bulk.done', { count: report.bookedCount, amount: money(report.totalCents) }));
      // The "Nu boeken" button is gone: the focus goes to the outcome instead of being lost.
      requestAnimationFrame(() => progressText.current?.focus());
      await refresh();
    } catch (e) {
      setError(e);
      setPhase('checked');
      setStatus(t('creditAdmin.bulk.failed'));
    }
  };

  const busy = phase === 'checking' || phase === 'uploading' || phase === 'booking';
  const canBook =
    phase === 'checked' && !!check && check.errors.length === 0 && check.validRowCount > check.alreadyBookedCount;
  const showProgress = phase === 'uploading' || phase === 'booking' || phase === 'done';

  return (
    <div className="sp-form">
      <Paragraph>{t('creditAdmin.bulk.howTo')}</Paragraph>
      <pre className="sp-credit-example">{EXAMPLE_CSV}</pre>
      <Field id="bulk-file" label={t('creditAdmin.bulk.file')} hint={t('creditAdmin.bulk.fileHint')} error={fileError}>
        <input
          ref={fileInput}
          id="bulk-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          className="sp-credit-file"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? 'bulk-file-hint bulk-file-error' : 'bulk-file-hint'}
          onChange={choose}
          disabled={busy}
        />
      </Field>
      <Button appearance="secondary-action-button" onClick={dryRun} busy={phase === 'checking'} disabled={busy}>
        {t('creditAdmin.bulk.check')}
      </Button>

      {phase === 'checking' && <Paragraph>{t('creditAdmin.bulk.checking')}</Paragraph>}
      {/* What screen readers hear; the same news is visible in the report and the progress below. */}
      <div role="status" aria-live="polite" className="sp-visually-hidden">
        {status}
      </div>

      {check && phase !== 'idle' && (
        <div className="sp-credit-report">
          <Paragraph ref={resultHeading} tabIndex={-1}>
            <strong>{t('creditAdmin.bulk.reportTitle', { name: file?.name ?? '' })}</strong>
          </Paragraph>
          {check.errors.length > 0 ? (
            <>
              <Alert type="warning">
                <Paragraph>
                  {t('creditAdmin.bulk.badRows', { count: check.errors.length, rows: check.rowCount })}
                </Paragraph>
                <Paragraph>{t('creditAdmin.bulk.fixAndRetry')}</Paragraph>
              </Alert>
              <RowErrorTable errors={check.errors} />
            </>
          ) : (
            <Alert type="ok">
              <Paragraph>
                {t('creditAdmin.bulk.allGood', { count: check.validRowCount, amount: money(check.totalCents) })}
              </Paragraph>
              {check.alreadyBookedCount > 0 && (
                <Paragraph>{t('creditAdmin.bulk.alreadyBooked', { count: check.alreadyBookedCount })}</Paragraph>
              )}
            </Alert>
          )}
          {canBook && (
            <Button appearance="primary-action-button" onClick={book}>
              {t('creditAdmin.bulk.book')}
            </Button>
          )}
        </div>
      )}

      {showProgress && (
        <div className="sp-credit-progress">
          <label htmlFor={progressId}>{t('creditAdmin.bulk.progress')}</label>
          {phase === 'uploading' && <progress id={progressId} max={Math.max(sent.total, 1)} value={sent.loaded} />}
          {phase === 'booking' && <progress id={progressId} />}
          {phase === 'done' && <progress id={progressId} max={1} value={1} />}
          <Paragraph ref={progressText} tabIndex={-1} className="sp-credit-status">
            {phase === 'uploading' &&
              t('creditAdmin.bulk.uploadingPercent', {
                percent: sent.total ? Math.round((sent.loaded / sent.total) * 100) : 0,
              })}
            {phase === 'booking' && t('creditAdmin.bulk.booking')}
            {phase === 'done' &&
              result &&
              t('creditAdmin.bulk.done', { count: result.bookedCount, amount: money(result.totalCents) })}
          </Paragraph>
        </div>
      )}
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}
