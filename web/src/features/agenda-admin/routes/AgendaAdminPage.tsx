import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Heading,
  Paragraph,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field, describedBy } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  useEditableEvents,
  useFestivals,
  useSaveFestival,
  type Festival,
  type FestivalInput,
} from '../api/agenda-admin.ts';
import { EventTable } from '../components/EventTable.tsx';

/** The pass organisation's agenda: every event that has not ended, and the festivals. */
export default function AgendaAdminPage() {
  const { t } = useTranslation('agenda-admin');
  usePageTitle(t('list.heading'));
  const events = useEditableEvents(null);
  const festivals = useFestivals();
  const [editing, setEditing] = useState<Festival | null>(null);
  const [festivalSaved, setFestivalSaved] = useState({ name: '', count: 0 });
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  return (
    <>
      <Heading level={1}>{t('list.heading')}</Heading>
      <Paragraph>{t('list.intro')}</Paragraph>
      {saved && <Paragraph role="status">{t('list.saved', { title: saved })}</Paragraph>}
      <Paragraph>
        <RouterLink to="/beheer/agenda/nieuw">{t('list.new')}</RouterLink>
      </Paragraph>
      {events.isPending && <Loading />}
      {events.isError && <ErrorMessage error={events.error} />}
      {events.data && <EventTable events={events.data.items} base="/beheer/agenda" />}

      <Heading level={2}>{t('festival.heading')}</Heading>
      {festivals.data && festivals.data.items.length > 0 && (
        <UnorderedList>
          {festivals.data.items.map((f) => (
            <UnorderedListItem key={f.id}>
              {f.name} ({f.startsOn} – {f.endsOn}){' '}
              <Button appearance="subtle-button" onClick={() => setEditing(f)}>
                {t('festival.edit', { name: f.name })}
              </Button>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {festivalSaved.name && <Paragraph role="status">{t('festival.saved', { name: festivalSaved.name })}</Paragraph>}
      <FestivalForm
        key={editing?.id ?? `new-${festivalSaved.count}`}
        festival={editing}
        onDone={(name) => {
          setEditing(null);
          setFestivalSaved((s) => ({ name, count: s.count + 1 }));
        }}
      />
    </>
  );
}

type Form = FestivalInput;
const FIELDS = ['slug', 'name', 'description', 'startsOn', 'endsOn'] as const;

function FestivalForm({ festival, onDone }: { festival: Festival | null; onDone: (name: string) => void }) {
  const { t } = useTranslation('agenda-admin');
  const save = useSaveFestival();
  const [form, setForm] = useState<Form>(() => ({
    slug: festival?.slug ?? '',
    name: festival?.name ?? '',
    description: festival?.description ?? '',
    startsOn: festival?.startsOn ?? '',
    endsOn: festival?.endsOn ?? '',
  }));
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstInvalid(formRef);
  const err = (key: keyof Form) => errors[key] ?? null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: typeof errors = {};
    if (!form.name.trim()) local.name = t('festival.errors.name');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(form.slug)) local.slug = t('festival.errors.slug');
    if (!form.startsOn) local.startsOn = t('festival.errors.date');
    if (!form.endsOn) local.endsOn = t('festival.errors.date');
    else if (form.startsOn && form.endsOn < form.startsOn) local.endsOn = t('festival.errors.endsOn');
    setErrors(local);
    if (Object.keys(local).length > 0) {
      focusFirstError();
      return;
    }
    save.mutate(
      { slug: festival?.slug ?? null, body: form },
      {
        onSuccess: () => onDone(form.name),
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const fromServer: typeof errors = {};
          for (const problem of error.invalidParams) {
            const field = problem.name.replace(/^body\./, '') as keyof Form;
            if ((FIELDS as readonly string[]).includes(field))
              fromServer[field] = t('event.errors.invalid', { reason: problem.reason });
          }
          setErrors(fromServer);
          if (Object.keys(fromServer).length > 0) focusFirstError();
        },
      },
    );
  };
  const input = (key: keyof Form, id: string, type: 'text' | 'date', hint?: string) => (
    <Field id={id} label={t(`festival.${key}`)} hint={hint} error={err(key)}>
      <Textbox
        id={id}
        type={type}
        value={form[key]}
        invalid={!!err(key)}
        aria-describedby={describedBy(id, !!hint, err(key))}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </Field>
  );
  return (
    <>
      <Heading level={3}>
        {festival ? t('festival.editTitle', { name: festival.name }) : t('festival.newTitle')}
      </Heading>
      <form ref={formRef} onSubmit={submit} noValidate className="sp-form">
        {input('name', 'festival-name', 'text')}
        {input('slug', 'festival-slug', 'text', t('festival.slugHint'))}
        <Field id="festival-description" label={t('festival.description')}>
          <Textarea
            id="festival-description"
            rows={3}
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.target.value })}
          />
        </Field>
        {input('startsOn', 'festival-starts', 'date')}
        {input('endsOn', 'festival-ends', 'date')}
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('festival.save')}
        </Button>
      </form>
      {save.isError && Object.keys(errors).length === 0 && <ErrorMessage error={save.error} />}
    </>
  );
}
