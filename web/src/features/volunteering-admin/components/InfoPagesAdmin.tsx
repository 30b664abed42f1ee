import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TOPICS, loadInfoPage, useInfoPages, useSaveInfoPage, type NewInfoPage } from '../api/volunteering-admin.ts';
import { TextField } from './Fields.tsx';

const EMPTY: NewInfoPage = { slug: '', topic: 'insurance', title: '', summary: '', bodyMarkdown: '', published: true };

/** The information pages for volunteers: the list, and a form to write a new one or change one. */
export function InfoPagesAdmin() {
  const { t } = useTranslation('volunteering-admin');
  const pages = useInfoPages();
  const save = useSaveInfoPage();
  const [editing, setEditing] = useState<{ id: string | null; page: NewInfoPage }>({ id: null, page: EMPTY });
  const [loadError, setLoadError] = useState<unknown>(null);
  const p = editing.page;
  const set =
    <K extends keyof NewInfoPage>(field: K) =>
    (value: NewInfoPage[K]) =>
      setEditing((e) => ({ ...e, page: { ...e.page, [field]: value } }));
  const edit = (slug: string) =>
    loadInfoPage(slug).then(
      (full) =>
        setEditing({
          id: full.id,
          page: {
            slug: full.slug,
            topic: full.topic,
            title: full.title,
            summary: full.summary,
            bodyMarkdown: full.bodyMarkdown,
            published: full.published,
          },
        }),
      setLoadError,
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id: editing.id, body: editing.page }, { onSuccess: () => setEditing({ id: null, page: EMPTY }) });
  };
  return (
    <section aria-labelledby="info-pages">
      <Heading level={2} id="info-pages">
        {t('info.title')}
      </Heading>
      <ul>
        {pages.data?.items.map((page) => (
          <li key={page.id}>
            <RouterLink to={`/vrijwilligers/info/${page.slug}`}>{page.title}</RouterLink>
            {!page.published && ` (${t('info.draft')})`}{' '}
            <Button appearance="subtle-button" onClick={() => void edit(page.slug)}>
              {t('info.edit', { title: page.title })}
            </Button>
          </li>
        ))}
      </ul>
      {loadError !== null && <ErrorMessage error={loadError} />}
      <form onSubmit={submit} className="sp-form" aria-labelledby="info-form">
        <Heading level={3} id="info-form">
          {editing.id ? t('info.change', { title: p.title }) : t('info.new')}
        </Heading>
        <TextField id="info-title" label={t('info.fieldTitle')} value={p.title} onChange={set('title')} required />
        <TextField
          id="info-slug"
          label={t('info.slug')}
          hint={t('info.slugHint')}
          value={p.slug}
          onChange={set('slug')}
          required
        />
        <Field id="info-topic" label={t('info.topic')}>
          <Select
            id="info-topic"
            value={p.topic}
            onChange={(e) => set('topic')(e.target.value as NewInfoPage['topic'])}
          >
            {TOPICS.map((topic) => (
              <SelectOption key={topic} value={topic}>
                {t(`info.topics.${topic}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <TextField id="info-summary" label={t('info.summary')} value={p.summary ?? ''} onChange={set('summary')} />
        <TextField
          id="info-body"
          label={t('info.body')}
          hint={t('info.bodyHint')}
          value={p.bodyMarkdown}
          onChange={set('bodyMarkdown')}
          multiline
          required
        />
        <FormField type="checkbox">
          <Checkbox
            id="info-published"
            checked={p.published ?? true}
            onChange={(e) => set('published')(e.target.checked)}
          />
          <FormLabel htmlFor="info-published" type="checkbox">
            {t('info.published')}
          </FormLabel>
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
          {t('info.save')}
        </Button>
        {save.isSuccess && <Paragraph role="status">{t('info.saved')}</Paragraph>}
        {save.isError && <ErrorMessage error={save.error} />}
      </form>
    </section>
  );
}
