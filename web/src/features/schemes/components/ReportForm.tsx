import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  Paragraph,
  RadioButton,
  Textarea,
  Textbox,
  FormField,
  FormLabel,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { useReportProblem } from '../api/schemes.ts';

/** "Werkt deze regeling niet voor u?": a resident or a partner reports a problem (knelpunt); contact is optional. */
export function ReportForm({ slug }: { slug: string }) {
  const { t } = useTranslation('schemes');
  const report = useReportProblem(slug);
  const [kind, setKind] = useState<'resident' | 'partner'>('resident');
  const [message, setMessage] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');

  if (report.isSuccess)
    return (
      <Alert type="ok" role="status">
        <Paragraph>{t('report.thanks')}</Paragraph>
      </Alert>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    report.mutate({
      reporterKind: kind,
      message: message.trim(),
      ...(name.trim() ? { contactName: name.trim() } : {}),
      ...(email.trim() ? { contactEmail: email.trim() } : {}),
    });
  };
  return (
    <form onSubmit={submit} className="sp-form sp-no-print">
      <Fieldset>
        <FieldsetLegend>{t('report.who')}</FieldsetLegend>
        {(['resident', 'partner'] as const).map((value) => (
          <FormField key={value} type="radio">
            <RadioButton
              id={`report-kind-${value}`}
              name="reporterKind"
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            <FormLabel htmlFor={`report-kind-${value}`} type="radio">
              {t(`report.kind.${value}`)}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <Field id="report-message" label={t('report.message')} hint={t('report.messageHint')}>
        <Textarea
          id="report-message"
          required
          maxLength={4000}
          rows={5}
          value={message}
          aria-describedby="report-message-hint"
          onChange={(e) => setMessage(e.target.value)}
        />
      </Field>
      <Paragraph>{t('report.contactOptional')}</Paragraph>
      <Field id="report-name" label={t('report.name')}>
        <Textbox id="report-name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field id="report-email" label={t('report.email')}>
        <Textbox
          id="report-email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="primary-action-button" busy={report.isPending} disabled={report.isPending}>
        {t('report.send')}
      </Button>
      {report.isError && <ErrorMessage error={report.error} />}
    </form>
  );
}
