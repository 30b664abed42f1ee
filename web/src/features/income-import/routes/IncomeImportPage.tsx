import { useState } from 'react';
import {
  Alert,
  Button,
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
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { describedBy, Field } from '../../../components/Field.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useImportRun, useSendImport, type ImportRun } from '../api/imports.ts';

/** "Import inkomensadministratie": dry run with every row's problems, then the real run with a progress bar. */
export default function IncomeImportPage() {
  const { t } = useTranslation('income-import');
  usePageTitle(t('title'));
  const [file, setFile] = useState<File | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const send = useSendImport();
  const run = useImportRun(runId);
  const start = (dryRun: boolean) => {
    if (file) send.mutate({ file, dryRun }, { onSuccess: (r) => setRunId(r.id) });
  };
  const busy = send.isPending || run.data?.status === 'running';

  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <Paragraph>{t('columns')}</Paragraph>
      <form className="sp-form" onSubmit={(e) => e.preventDefault()}>
        <Field id="import-file" label={t('file')} hint={t('fileHint')}>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            className="utrecht-textbox"
            aria-describedby={describedBy('import-file', true, null)}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setRunId(null);
            }}
          />
        </Field>
        <Button appearance="secondary-action-button" disabled={!file || busy} onClick={() => start(true)}>
          {t('dryRun')}
        </Button>{' '}
        <Button appearance="primary-action-button" disabled={!file || busy} busy={busy} onClick={() => start(false)}>
          {t('import')}
        </Button>
      </form>
      {send.isError && <ErrorMessage error={send.error} />}
      {run.data && <RunReport run={run.data} />}
    </>
  );
}

function RunReport({ run }: { run: ImportRun }) {
  const { t } = useTranslation('income-import');
  const report = run.report;
  return (
    <section aria-labelledby="run-heading">
      <Heading level={2} id="run-heading">
        {run.dryRun ? t('dryRunResult') : t('runResult')}
      </Heading>
      {run.status === 'running' && (
        <>
          <label htmlFor="import-progress">{t('progress', { done: run.processedRows, total: run.totalRows })}</label>
          <progress id="import-progress" max={run.totalRows || 1} value={run.processedRows} />
        </>
      )}
      {run.status === 'failed' && (
        <Alert type="error">
          <Paragraph>{t('failed', { error: run.error ?? '' })}</Paragraph>
        </Alert>
      )}
      {run.status !== 'running' && (
        <Alert type={run.status === 'failed' ? 'warning' : 'ok'} role="status">
          <Paragraph>{t(run.dryRun ? 'dryRunDone' : 'done', { total: run.totalRows })}</Paragraph>
        </Alert>
      )}
      <DataList>
        {(['created', 'renewed', 'updated', 'unchanged', 'refused'] as const).map((key) => (
          <DataListItem key={key}>
            <DataListKey>{t(`report.${key}`)}</DataListKey>
            <DataListValue>{report[key]}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {run.lettersUrl && (
        <Paragraph>
          <Link href={run.lettersUrl} download>
            {t('letters', { count: run.lettersCount })}
          </Link>
        </Paragraph>
      )}
      {run.problems.length > 0 && (
        <TableScroll label={t('problems')}>
          <Table>
            <TableCaption>{t('problemsCaption', { count: run.problems.length })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('line')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('field')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('problem')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {run.problems.slice(0, 500).map((p, i) => (
                <TableRow key={i}>
                  <TableCell>{p.line}</TableCell>
                  <TableCell>{p.field}</TableCell>
                  <TableCell>{p.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
