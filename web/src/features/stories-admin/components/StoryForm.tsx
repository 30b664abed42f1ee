import { useRef, useState, type FormEvent } from 'react';
import { Button, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { describedBy, Field } from '../../../components/Field.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { useRoutes, useWijken } from '../../../lib/lookups.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';
import { STORY_KINDS } from '../../stories/api/stories.ts';
import type { AdminStory, StoryInput } from '../api/stories-admin.ts';

type TextKey = 'title' | 'slug' | 'lead' | 'bodyMarkdown' | 'photoUrl' | 'photoAlt';

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
    photoUrl: s?.photoUrl ?? '',
    photoAlt: s?.photoAlt ?? '',
  });
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
        {options.multiline ? <Textarea {...common} rows={key === 'bodyMarkdown' ? 12 : 3} /> : <Textbox {...common} />}
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
      ...(texts.photoUrl.trim() ? { photoUrl: texts.photoUrl.trim(), photoAlt: texts.photoAlt } : {}),
      links: [
        ...kept,
        ...(route ? [{ kind: 'route' as const, target: route }] : []),
        ...(wijk ? [{ kind: 'wijk' as const, target: wijk }] : []),
      ],
      translations: s?.translations ?? [],
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
      {text('photoUrl', { hint: true })}
      {text('photoAlt', { hint: true })}
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
      {props.error !== null && !(props.error instanceof ApiError && props.error.invalidParams.length > 0) && (
        <ErrorMessage error={props.error} />
      )}
      <Button type="submit" appearance="primary-action-button" disabled={props.saving}>
        {t('form.save')}
      </Button>
    </form>
  );
}
