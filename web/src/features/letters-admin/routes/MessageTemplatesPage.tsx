import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  useMessageTemplates,
  usePreviewTemplate,
  useResetTemplate,
  useSaveTemplate,
  type MessageTemplate,
} from '../api/letters.ts';

/** One kind of message: its subject and text, a proof with an example resident, save or reset. */
function TemplateForm({ template }: { template: MessageTemplate }) {
  const { t } = useTranslation('letters-admin');
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [done, setDone] = useState('');
  const save = useSaveTemplate(template.key);
  const reset = useResetTemplate(template.key);
  const preview = usePreviewTemplate(template.key);
  const id = `template-${template.key}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    save.mutate({ subject, body }, { onSuccess: () => setDone(t('templates.saved')) });
  };
  const error = save.error ?? reset.error ?? preview.error;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`}>
        {template.description}
      </Heading>
      <Paragraph>
        {template.custom ? t('templates.custom') : t('templates.builtIn')}{' '}
        {t('templates.placeholders', { list: template.placeholders.map((p) => `{{${p}}}`).join(', ') })}
      </Paragraph>
      <form onSubmit={submit} className="sp-form" noValidate>
        <Field id={`${id}-subject`} label={t('templates.subject')}>
          <Textbox id={`${id}-subject`} value={subject} maxLength={200} onChange={(e) => setSubject(e.target.value)} />
        </Field>
        <Field id={`${id}-body`} label={t('templates.body')}>
          <Textarea
            id={`${id}-body`}
            rows={10}
            value={body}
            maxLength={5000}
            onChange={(e) => setBody(e.target.value)}
          />
        </Field>
        <div className="sp-button-row">
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={preview.isPending}
            disabled={preview.isPending}
            onClick={() => preview.mutate({ subject, body })}
          >
            {t('templates.preview')}
          </Button>
          <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
            {t('templates.save')}
          </Button>
          {template.custom && (
            <Button
              type="button"
              appearance="subtle-button"
              disabled={reset.isPending}
              onClick={() =>
                reset.mutate(undefined, {
                  onSuccess: (builtIn) => {
                    setSubject(builtIn.subject);
                    setBody(builtIn.body);
                    setDone(t('templates.resetDone'));
                  },
                })
              }
            >
              {t('templates.reset')}
            </Button>
          )}
        </div>
        <div role="status" aria-live="polite">
          {done}
        </div>
        {error && <ErrorMessage error={error} />}
      </form>
      {preview.data && (
        <section aria-labelledby={`${id}-proof`} className="sp-proof">
          <Heading level={3} id={`${id}-proof`}>
            {t('templates.proof')}
          </Heading>
          <Paragraph>
            <strong>{preview.data.subject}</strong>
          </Paragraph>
          <div style={{ whiteSpace: 'pre-wrap' }}>{preview.data.body}</div>
        </section>
      )}
    </section>
  );
}

/** /beheer/berichtteksten: the municipality's own texts of the messages residents get. */
export default function MessageTemplatesPage() {
  const { t } = useTranslation('letters-admin');
  usePageTitle(t('templates.title'));
  const templates = useMessageTemplates();
  return (
    <>
      <Heading level={1}>{t('templates.title')}</Heading>
      <Paragraph appearance="lead">{t('templates.intro')}</Paragraph>
      {templates.isPending && <Loading />}
      {templates.isError && <ErrorMessage error={templates.error} />}
      {templates.data?.items.map((template) => (
        <TemplateForm key={template.key} template={template} />
      ))}
    </>
  );
}
