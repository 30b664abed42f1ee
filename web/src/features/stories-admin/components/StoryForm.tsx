import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { describedBy, Field } from '../../../components/Field.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { useRoutes, useWijken } from '../../../lib/lookups.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';
import { STORY_KINDS } from '../../stories/api/stories.ts';
import type { AdminStory, StoryInput } from '../api/stories-admin.ts';

type TextKey = 'title' | 'slug' | 'lead' | 'bodyMarkdown' | 'transcriptMarkdown';
type Translation = NonNullable<StoryInput['translations']>[number];
type TranslationLanguage = Translation['language'];
const LANGUAGES: readonly TranslationLanguage[] = ['en', 'tr', 'ar', 'pl', 'uk'];
const RTL = new Set<TranslationLanguage>(['ar']);

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);

/**
 * A story's text, photo and what it is about (one route, one wijk; links to providers, offers
 * and partners are kept as they are). Errors from the server land on the field they name.
 */
export function StoryForm(props: {
  story?: AdminStory;
  saving: boolean;
  error: unknown;
  onSave: (input: StoryInput) => void;
}) {
  const { t } = useTranslation('stories-admin');
  const s = props.story;
  const routes = useRoutes();
  const wijken = useWijken();
  const [texts, setTexts] = useState<Record<TextKey, string>>({
    title: s?.title ?? '',
    slug: s?.slug ?? '',
    lead: s?.lead ?? '',
    bodyMarkdown: s?.bodyMarkdown ?? '',
    transcriptMarkdown: s?.transcriptMarkdown ?? '',
  });
  const [translations, setTranslations] = useState<Record<TranslationLanguage, Translation>>(
    () =>
      Object.fromEntries(
        LANGUAGES.map((language) => [
          language,
          s?.translations.find((tr) => tr.language === language) ?? { language, title: '', lead: '', bodyMarkdown: '' },
        ]),
      ) as Record<TranslationLanguage, Translation>,
  );
  const [kind, setKind] = useState<StoryInput['kind']>(s?.kind ?? 'route_highlight');
  const [route, setRoute] = useState(s?.links.find((l) => l.kind === 'route')?.target ?? '');
  const [wijk, setWijk] = useState(s?.links.find((l) => l.kind === 'wijk')?.target ?? '');
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const errors: Record<string, string> = {};
  if (props.error instanceof ApiError)
    for (const p of props.error.invalidParams) errors[p.name.replace(/^body\./, '').split('.')[0]!] ??= p.reason;

  const text = (key: TextKey, options: { multiline?: boolean; required?: boolean; hint?: boolean } = {}) => {
    const id = `story-${key}`;
    const hint = options.hint ? t(`form.hints.${key}`) : undefined;
    const common = {
      id,
      'value': texts[key],
      'required': options.required,
      'invalid': !!errors[key],
      'aria-describedby': describedBy(id, !!hint, errors[key]),
      'onChange': (e: { target: { value: string } }) => {
        const value = e.target.value;
        setTexts((old) => ({
          ...old,
          [key]: value,
          // A new story's address follows its title until someone types one.
          ...(key === 'title' && !s && old.slug === slugOf(old.title) ? { slug: slugOf(value) } : {}),
        }));
      },
    };
    return (
      <Field id={id} label={t(`form.${key}`)} hint={hint} error={errors[key]}>
        {options.multiline ? <Textarea {...common} rows={key === 'lead' ? 3 : 12} /> : <Textbox {...common} />}
      </Field>
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const kept = (s?.links ?? [])
      .filter((l) => l.kind !== 'route' && l.kind !== 'wijk')
      .map(({ kind, target }) => ({ kind, target }));
    props.onSave({
      slug: texts.slug,
      kind,
      title: texts.title,
      lead: texts.lead,
      bodyMarkdown: texts.bodyMarkdown,
      // Photos are uploaded below the form (media); an older photo address is kept as it is.
      ...(s?.photoUrl ? { photoUrl: s.photoUrl, photoAlt: s.photoAlt ?? '' } : {}),
      ...(kind === 'podcast' ? { transcriptMarkdown: texts.transcriptMarkdown } : {}),
      links: [
        ...kept,
        ...(route ? [{ kind: 'route' as const, target: route }] : []),
        ...(wijk ? [{ kind: 'wijk' as const, target: wijk }] : []),
      ],
      // A language counts as translated once it has a title and a lead.
      translations: LANGUAGES.map((l) => translations[l]).filter((tr) => tr.title.trim() && tr.lead.trim()),
    });
    focusFirstInvalid();
  };

  return (
    <form ref={form} onSubmit={submit} aria-label={t('form.label')}>
      {text('title', { required: true })}
      {text('slug', { required: true, hint: true })}
      <Field id="story-kind" label={t('form.kind')}>
        <Select id="story-kind" value={kind} onChange={(e) => setKind(e.target.value as StoryInput['kind'])}>
          {STORY_KINDS.map((k) => (
            <SelectOption key={k} value={k}>
              {t(`kind.${k}`)}
            </SelectOption>
          ))}
        </Select>
      </Field>
      {text('lead', { required: true, multiline: true })}
      {text('bodyMarkdown', { multiline: true, hint: true })}
      {kind === 'podcast' && text('transcriptMarkdown', { multiline: true, hint: true })}
      <Field id="story-route" label={t('form.route')} error={errors.links}>
        <Select id="story-route" value={route} onChange={(e) => setRoute(e.target.value)}>
          <SelectOption value="">{t('form.none')}</SelectOption>
          {routes.data?.items.map((r) => (
            <SelectOption key={r.slug} value={r.slug}>
              {r.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field id="story-wijk" label={t('form.wijk')}>
        <Select id="story-wijk" value={wijk} onChange={(e) => setWijk(e.target.value)}>
          <SelectOption value="">{t('form.none')}</SelectOption>
          {wijken.data?.items.map((w) => (
            <SelectOption key={w.code} value={w.code}>
              {w.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Fieldset>
        <FieldsetLegend>{t('form.translations')}</FieldsetLegend>
        <p className="utrecht-form-field-description">{t('form.hints.translations')}</p>
        {errors.translations && (
          <p className="utrecht-form-field-error-message" role="alert">
            {errors.translations}
          </p>
        )}
        {LANGUAGES.map((language) => {
          const tr = translations[language];
          const set = (field: 'title' | 'lead' | 'bodyMarkdown', value: string) =>
            setTranslations((old) => ({ ...old, [language]: { ...old[language], [field]: value } }));
          const id = `story-translation-${language}`;
          const label = (field: string) => `${t(`form.${field}`)} (${t(`form.language.${language}`)})`;
          const dir = RTL.has(language) ? 'rtl' : 'ltr';
          return (
            <details key={language} open={!!tr.title}>
              <summary>{t(`form.language.${language}`)}</summary>
              <Field id={`${id}-title`} label={label('title')}>
                <Textbox
                  id={`${id}-title`}
                  lang={language}
                  dir={dir}
                  value={tr.title}
                  onChange={(e) => set('title', e.target.value)}
                />
              </Field>
              <Field id={`${id}-lead`} label={label('lead')}>
                <Textarea
                  id={`${id}-lead`}
                  lang={language}
                  dir={dir}
                  rows={3}
                  value={tr.lead}
                  onChange={(e) => set('lead', e.target.value)}
                />
              </Field>
              <Field id={`${id}-body`} label={label('bodyMarkdown')}>
                <Textarea
                  id={`${id}-body`}
                  lang={language}
                  dir={dir}
                  rows={8}
                  value={tr.bodyMarkdown}
                  onChange={(e) => set('bodyMarkdown', e.target.value)}
                />
              </Field>
            </details>
          );
        })}
      </Fieldset>
      {props.error !== null && !(props.error instanceof ApiError && props.error.invalidParams.length > 0) && (
        <ErrorMessage error={props.error} />
      )}
      <Button type="submit" appearance="primary-action-button" disabled={props.saving}>
        {t('form.save')}
      </Button>
    </form>
  );
}
