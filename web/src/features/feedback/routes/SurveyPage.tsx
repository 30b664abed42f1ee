import { useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { guardToken, useAnswerSurvey, usePublicSurvey, type SurveyQuestion } from '../api/feedback.ts';

const AGE_BANDS = ['0-17', '18-26', '27-44', '45-66', '67+'];
const HOUSEHOLDS = ['single', 'single_parent', 'couple', 'couple_children', 'other'];
type Value = string | string[] | number;

/** A survey of the needs scan or the panel, answered anonymously: no login, nothing that says who answers. */
export default function SurveyPage() {
  const { surveyId = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('feedback');
  const survey = usePublicSurvey(surveyId);
  const answer = useAnswerSurvey(surveyId);
  const [values, setValues] = useState<Record<string, Value>>((): Record<string, Value> => {
    const wijk = params.get('wijk');
    return wijk ? { __wijk: wijk } : {};
  });
  const [interview, setInterview] = useState(false);
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  usePageTitle(survey.data?.title ?? t('survey.title'));

  if (survey.isPending) return <Loading />;
  if (survey.isError)
    return (
      <>
        <Heading level={1}>{t('survey.title')}</Heading>
        <ErrorMessage error={survey.error} />
      </>
    );
  const data = survey.data;
  const valueOf = (q: SurveyQuestion): Value | undefined =>
    values[q.id] ?? (q.kind === 'wijk' ? values.__wijk : undefined);
  const set = (id: string, value: Value) => setValues((v) => ({ ...v, [id]: value }));

  if (answer.isSuccess)
    return (
      <>
        <Heading level={1}>{data.title}</Heading>
        <Alert type="ok" role="status">
          <Paragraph>{t('survey.thanks')}</Paragraph>
        </Alert>
      </>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const answers: Record<string, Value> = {};
    for (const q of data.questions) {
      const v = valueOf(q);
      if (v !== undefined && v !== '') answers[q.id] = v;
    }
    const invitation = params.get('uitnodiging');
    answer.mutate({
      answers,
      guard: guardToken(surveyId),
      source: params.get('via') === 'qr' ? 'qr' : 'link',
      ...(invitation ? { invitation } : {}),
      ...(interview && name.trim() && contact.trim()
        ? { interview: { name: name.trim(), contact: contact.trim() } }
        : {}),
    });
  };

  const choices = (q: SurveyQuestion): { value: string; label: string }[] => {
    switch (q.kind) {
      case 'single':
      case 'multiple':
        return q.options.map((o) => ({ value: o, label: o }));
      case 'scale':
        return ['1', '2', '3', '4', '5'].map((o) => ({ value: o, label: o }));
      case 'wijk':
        return data.wijken.map((w) => ({ value: w.code, label: w.name }));
      case 'age_band':
        return AGE_BANDS.map((o) => ({ value: o, label: t(`survey.age.${o}`) }));
      case 'household':
        return HOUSEHOLDS.map((o) => ({ value: o, label: t(`survey.household.${o}`) }));
      default:
        return [];
    }
  };

  const question = (q: SurveyQuestion, index: number) => {
    const id = `q-${q.id}`;
    const label = `${index + 1}. ${q.text}${q.required ? '' : ` ${t('survey.optional')}`}`;
    const value = valueOf(q);
    if (q.kind === 'open')
      return (
        <Field key={q.id} id={id} label={label}>
          <Textarea
            id={id}
            rows={4}
            maxLength={2000}
            required={q.required}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => set(q.id, e.target.value)}
          />
        </Field>
      );
    if (q.kind === 'wijk' || q.kind === 'age_band' || q.kind === 'household')
      return (
        <Field key={q.id} id={id} label={label}>
          <Select
            id={id}
            required={q.required}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => set(q.id, e.target.value)}
          >
            <SelectOption value="">{t('survey.choose')}</SelectOption>
            {choices(q).map((c) => (
              <SelectOption key={c.value} value={c.value}>
                {c.label}
              </SelectOption>
            ))}
          </Select>
        </Field>
      );
    const multiple = q.kind === 'multiple';
    const picked = Array.isArray(value) ? value : [];
    return (
      <Fieldset key={q.id}>
        <FieldsetLegend>{label}</FieldsetLegend>
        {q.kind === 'scale' && <Paragraph small>{t('survey.scaleHint')}</Paragraph>}
        {choices(q).map((c, i) => (
          <FormField key={c.value} type={multiple ? 'checkbox' : 'radio'}>
            {multiple ? (
              <Checkbox
                id={`${id}-${i}`}
                checked={picked.includes(c.value)}
                onChange={(e) =>
                  set(q.id, e.target.checked ? [...picked, c.value] : picked.filter((p) => p !== c.value))
                }
              />
            ) : (
              <RadioButton
                id={`${id}-${i}`}
                name={id}
                required={q.required}
                checked={String(value ?? '') === c.value}
                onChange={() => set(q.id, q.kind === 'scale' ? Number(c.value) : c.value)}
              />
            )}
            <FormLabel htmlFor={`${id}-${i}`} type={multiple ? 'checkbox' : 'radio'}>
              {c.label}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
    );
  };

  return (
    <>
      <Heading level={1}>{data.title}</Heading>
      {data.intro && <Paragraph>{data.intro}</Paragraph>}
      <Paragraph>{t('survey.anonymous')}</Paragraph>
      {data.status !== 'open' ? (
        <Alert type="info">
          <Paragraph>{t('survey.closed')}</Paragraph>
        </Alert>
      ) : (
        <form onSubmit={submit} className="sp-form">
          {data.questions.map(question)}
          {data.audience !== 'providers' && (
            <Fieldset>
              <FieldsetLegend>{t('survey.interview.legend')}</FieldsetLegend>
              <Paragraph small>{t('survey.interview.apart')}</Paragraph>
              <FormField type="checkbox">
                <Checkbox id="interview" checked={interview} onChange={(e) => setInterview(e.target.checked)} />
                <FormLabel htmlFor="interview" type="checkbox">
                  {t('survey.interview.yes')}
                </FormLabel>
              </FormField>
              {interview && (
                <>
                  <Field id="interview-name" label={t('survey.interview.name')}>
                    <Textbox
                      id="interview-name"
                      autoComplete="name"
                      value={name}
                      onChange={(e) => setName(e.target.value)}
                    />
                  </Field>
                  <Field id="interview-contact" label={t('survey.interview.contact')}>
                    <Textbox id="interview-contact" value={contact} onChange={(e) => setContact(e.target.value)} />
                  </Field>
                </>
              )}
            </Fieldset>
          )}
          <Button type="submit" appearance="primary-action-button" busy={answer.isPending} disabled={answer.isPending}>
            {t('survey.send')}
          </Button>
          {answer.isError && <ErrorMessage error={answer.error} />}
        </form>
      )}
    </>
  );
}
