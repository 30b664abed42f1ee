import { useState } from 'react';
import { Button, ButtonGroup, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  useDecidePanelQuestion,
  useModerate,
  usePanelQuestions,
  usePendingRatings,
  useSuggestions,
  useSurveys,
} from '../api/feedback-admin.ts';

/** "Beoordelingen en panel": rating texts to approve, suggestions, and questions for the experience panel. */
export default function ModerationPage() {
  const { t } = useTranslation('feedback-admin');
  usePageTitle(t('moderation.title'));
  const pending = usePendingRatings();
  const moderate = useModerate();
  const suggestions = useSuggestions();
  return (
    <>
      <Heading level={1}>{t('moderation.title')}</Heading>
      <Heading level={2}>{t('moderation.ratings')}</Heading>
      {pending.isPending && <Loading />}
      {pending.data?.items.length === 0 && <Paragraph>{t('moderation.none')}</Paragraph>}
      {pending.data?.items.map((r) => (
        <section key={r.id} className="sp-card" aria-label={`${r.offerTitle}, ${r.providerName}`}>
          <Paragraph>
            <strong>{r.offerTitle}</strong> ({r.providerName}) · {t('moderation.stars', { n: r.stars })}
          </Paragraph>
          <Paragraph>“{r.text}”</Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              onClick={() => moderate.mutate({ ratingId: r.id, decision: 'approve' })}
            >
              {t('moderation.approve')}
            </Button>
            <Button
              appearance="secondary-action-button"
              onClick={() => moderate.mutate({ ratingId: r.id, decision: 'reject' })}
            >
              {t('moderation.reject')}
            </Button>
          </ButtonGroup>
        </section>
      ))}
      {moderate.isError && <ErrorMessage error={moderate.error} />}
      <Heading level={2}>{t('moderation.suggestions')}</Heading>
      {suggestions.data?.items.map((s) => (
        <Paragraph key={s.id}>
          <strong>{t(`suggestionKinds.${s.kind}`, s.kind)}</strong>: {s.message}
          {s.contactEmail ? ` (${s.contactEmail})` : ''}
        </Paragraph>
      ))}
      <PanelQuestions />
    </>
  );
}

function PanelQuestions() {
  const { t } = useTranslation('feedback-admin');
  const questions = usePanelQuestions();
  const surveys = useSurveys();
  const decide = useDecidePanelQuestion();
  const drafts = surveys.data?.items.filter((s) => s.audience === 'panel' && s.status === 'draft') ?? [];
  const [target, setTarget] = useState<Record<string, string>>({});
  return (
    <>
      <Heading level={2}>{t('moderation.panelQuestions')}</Heading>
      {questions.data?.items.map((q) => (
        <section key={q.id} className="sp-card" aria-label={q.organisation}>
          <Paragraph>
            <strong>{q.organisation}</strong>: {q.question} ({t(`questionStatuses.${q.status}`, q.status)})
          </Paragraph>
          {q.status === 'submitted' && (
            <>
              <Field id={`target-${q.id}`} label={t('moderation.intoSurvey')}>
                <Select
                  id={`target-${q.id}`}
                  value={target[q.id] ?? ''}
                  onChange={(e) => setTarget((v) => ({ ...v, [q.id]: e.target.value }))}
                >
                  <SelectOption value="">{t('moderation.chooseSurvey')}</SelectOption>
                  {drafts.map((s) => (
                    <SelectOption key={s.id} value={s.id}>
                      {s.title}
                    </SelectOption>
                  ))}
                </Select>
              </Field>
              <ButtonGroup>
                <Button
                  appearance="primary-action-button"
                  disabled={!target[q.id]}
                  onClick={() => decide.mutate({ questionId: q.id, decision: 'accept', surveyId: target[q.id] })}
                >
                  {t('moderation.accept')}
                </Button>
                <Button
                  appearance="secondary-action-button"
                  onClick={() => decide.mutate({ questionId: q.id, decision: 'decline' })}
                >
                  {t('moderation.decline')}
                </Button>
              </ButtonGroup>
            </>
          )}
        </section>
      ))}
      {decide.isError && <ErrorMessage error={decide.error} />}
    </>
  );
}
