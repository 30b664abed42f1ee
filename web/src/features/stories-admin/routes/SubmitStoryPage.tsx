import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { STORY_KINDS } from '../../stories/api/stories.ts';
import { useSubmitStory, type StorySubmission } from '../api/stories-admin.ts';

/** A partner or provider sends in a story (a volunteer's story, their own event); the editors review it. */
export default function SubmitStoryPage() {
  const { t } = useTranslation('stories-admin');
  usePageTitle(t('submit.title'));
  const submit = useSubmitStory();
  const [kind, setKind] = useState<StorySubmission['kind']>('volunteer_story');
  const [title, setTitle] = useState('');
  const [lead, setLead] = useState('');
  const [body, setBody] = useState('');
  const errors: Record<string, string> = {};
  if (submit.error instanceof ApiError)
    for (const p of submit.error.invalidParams) errors[p.name.replace(/^body\./, '')] ??= p.reason;
  const send = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate({ kind, title, lead, bodyMarkdown: body });
  };
  return (
    <>
      <Heading level={1}>{t('submit.title')}</Heading>
      <Paragraph>{t('submit.intro')}</Paragraph>
      {submit.isSuccess ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('submit.sent')}</Paragraph>
        </Alert>
      ) : (
        <form onSubmit={send} aria-label={t('submit.title')}>
          <Field id="submit-kind" label={t('form.kind')}>
            <Select id="submit-kind" value={kind} onChange={(e) => setKind(e.target.value as StorySubmission['kind'])}>
              {STORY_KINDS.map((k) => (
                <SelectOption key={k} value={k}>
                  {t(`kind.${k}`)}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Field id="submit-title" label={t('form.title')} error={errors.title}>
            <Textbox id="submit-title" required value={title} onChange={(e) => setTitle(e.target.value)} />
          </Field>
          <Field id="submit-lead" label={t('form.lead')} error={errors.lead}>
            <Textarea id="submit-lead" required rows={3} value={lead} onChange={(e) => setLead(e.target.value)} />
          </Field>
          <Field id="submit-body" label={t('form.bodyMarkdown')} error={errors.bodyMarkdown}>
            <Textarea id="submit-body" rows={10} value={body} onChange={(e) => setBody(e.target.value)} />
          </Field>
          {submit.isError && !(submit.error instanceof ApiError && submit.error.invalidParams.length > 0) && (
            <ErrorMessage error={submit.error} />
          )}
          <Button type="submit" appearance="primary-action-button" disabled={submit.isPending}>
            {t('submit.send')}
          </Button>
        </form>
      )}
    </>
  );
}
