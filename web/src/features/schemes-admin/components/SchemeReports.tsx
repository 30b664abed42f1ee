import { useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Textarea } from '@utrecht/component-library-react';
import { formatDateTime } from '../../../lib/format.ts';
import { useAnswerReport, useSchemeReports, type SchemeReport } from '../api/schemes-admin.ts';

function Report({ report }: { report: SchemeReport }) {
  const { t, i18n } = useTranslation('schemes-admin');
  const answer = useAnswerReport();
  const [text, setText] = useState('');
  const id = `answer-${report.id}`;
  return (
    <li className="sp-scheme-card">
      <Paragraph>
        <strong>{t(`reports.kind.${report.reporterKind}`)}</strong>, {formatDateTime(report.createdAt, i18n.language)}
        {report.contactName || report.contactEmail
          ? ` · ${[report.contactName, report.contactEmail].filter(Boolean).join(', ')}`
          : ` · ${t('reports.anonymous')}`}
      </Paragraph>
      <Paragraph>{report.message}</Paragraph>
      {report.answer ? (
        <Paragraph>
          {t('reports.answered', { date: formatDateTime(report.answeredAt ?? '', i18n.language) })} {report.answer}
        </Paragraph>
      ) : (
        <form
          className="sp-form"
          onSubmit={(event) => {
            event.preventDefault();
            answer.mutate({ reportId: report.id, answer: text.trim() });
          }}
        >
          <Field id={id} label={t('reports.answer')}>
            <Textarea
              id={id}
              required
              rows={3}
              maxLength={4000}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </Field>
          <Button
            type="submit"
            appearance="secondary-action-button"
            busy={answer.isPending}
            disabled={answer.isPending}
          >
            {t('reports.send')}
          </Button>
          {answer.isError && <ErrorMessage error={answer.error} />}
        </form>
      )}
    </li>
  );
}

/** The problem reports (knelpunten) about one scheme, open first, each with its answer or an answer form. */
export function SchemeReports({ schemeId }: { schemeId: string }) {
  const { t } = useTranslation('schemes-admin');
  const reports = useSchemeReports(schemeId);
  return (
    <section aria-labelledby="scheme-reports">
      <Heading level={2} id="scheme-reports">
        {t('reports.title')}
      </Heading>
      {reports.isPending && <Loading />}
      {reports.isError && <ErrorMessage error={reports.error} />}
      {reports.data?.items.length === 0 && <Paragraph>{t('reports.none')}</Paragraph>}
      <ul className="sp-scheme-list">
        {reports.data?.items.map((r) => (
          <Report key={r.id} report={r} />
        ))}
      </ul>
    </section>
  );
}
