import { useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field, describedBy } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { PUBLIC_PATH, RTL, useAdminGuidePages, useUpdateGuidePage, type AdminGuidePage } from '../api/guide-admin.ts';

const MAX_LENGTH = 3000;
const ERROR_CODES = ['required', 'maxLength', 'html', 'no-dutch', 'unknown'] as const;

/** Edit one guide page in one language: every section in Dutch, or a translation next to the Dutch text. */
export default function GuideEditPage() {
  const { t } = useTranslation('guide-admin');
  const { page = '', language = '' } = useParams();
  const pages = useAdminGuidePages();
  const found = pages.data?.items.find((p) => p.page === page);
  const inLanguage = found?.languages.find((l) => l.language === language);
  usePageTitle(found ? t('edit.title', { page: t(`pages.${page}`), language: t(`languages.${language}`) }) : '');

  if (pages.isPending) return <Loading />;
  if (pages.isError) return <ErrorMessage error={pages.error} />;
  if (!found || !inLanguage)
    return (
      <>
        <Heading level={1}>{t('edit.notFound')}</Heading>
        <Paragraph>
          <RouterLink to="/beheer/paginas">{t('edit.back')}</RouterLink>
        </Paragraph>
      </>
    );
  return <GuideEditForm key={`${page}-${language}`} page={found} language={language} />;
}

function GuideEditForm({ page, language }: { page: AdminGuidePage; language: string }) {
  const { t } = useTranslation('guide-admin');
  const save = useUpdateGuidePage(page.page, language);
  const isDutch = language === 'nl';
  const own = page.languages.find((l) => l.language === language)!;
  const dutch = page.languages.find((l) => l.language === 'nl')!;
  const [form, setForm] = useState<Record<string, string>>(() =>
    Object.fromEntries(own.sections.map((s) => [s.key, s.text ?? ''])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstInvalid(formRef);
  const pageName = t(`pages.${page.page}`);
  const languageName = t(`languages.${language}`);
  const dir = RTL.has(language) ? 'rtl' : 'ltr';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const local: Record<string, string> = {};
    for (const key of page.sectionKeys) {
      const text = form[key] ?? '';
      if (isDutch && text.trim() === '') local[key] = t('edit.errors.required');
      else if (text.trim().length > MAX_LENGTH) local[key] = t('edit.errors.maxLength', { max: MAX_LENGTH });
    }
    if (Object.keys(local).length > 0) {
      setErrors(local);
      focusFirstError();
      return;
    }
    setErrors({});
    save.mutate(form, {
      onSuccess: () => setDone(t('edit.saved')),
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const fromServer: Record<string, string> = {};
        for (const problem of error.invalidParams) {
          const key = problem.name.replace(/^body\.sections\./, '');
          if (!page.sectionKeys.includes(key)) continue;
          const code = (ERROR_CODES as readonly string[]).includes(problem.code) ? problem.code : 'invalid';
          fromServer[key] = t(`edit.errors.${code}`, { max: MAX_LENGTH });
        }
        setErrors(fromServer);
        if (Object.keys(fromServer).length > 0) focusFirstError();
      },
    });
  };

  return (
    <>
      <Heading level={1}>{t('edit.title', { page: pageName, language: languageName })}</Heading>
      <Paragraph>
        {t('list.address')}: <RouterLink to={PUBLIC_PATH[page.page] ?? '/'}>{PUBLIC_PATH[page.page]}</RouterLink>
      </Paragraph>
      <Paragraph>{isDutch ? t('edit.introDutch') : t('edit.introTranslation')}</Paragraph>
      <form ref={formRef} onSubmit={submit} noValidate className="sp-form">
        {own.sections.map((section) => {
          const id = `guide-${section.key}`;
          const error = errors[section.key] ?? null;
          const source = dutch.sections.find((s) => s.key === section.key)?.text;
          const status = !isDutch && section.status !== 'current' ? ` ${t(`edit.status.${section.status}`)}` : '';
          return (
            <div key={section.key}>
              {!isDutch && source && (
                <details>
                  <summary>{t('edit.dutchText', { section: t(`sections.${page.page}.${section.key}`) })}</summary>
                  <div lang="nl" dir="ltr" className="sp-guide-text">
                    {source.split(/\n\s*\n/).map((p, i) => (
                      <Paragraph key={i}>{p}</Paragraph>
                    ))}
                  </div>
                </details>
              )}
              <Field
                id={id}
                label={t(`sections.${page.page}.${section.key}`)}
                hint={`${t('edit.hint', { max: MAX_LENGTH })}${status}`}
                error={error}
              >
                <Textarea
                  id={id}
                  lang={language}
                  dir={dir}
                  rows={6}
                  value={form[section.key] ?? ''}
                  invalid={!!error}
                  aria-describedby={describedBy(id, true, error)}
                  onChange={(e) => setForm({ ...form, [section.key]: e.target.value })}
                />
              </Field>
            </div>
          );
        })}
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('edit.save')}
        </Button>
      </form>
      {done && <Paragraph role="status">{done}</Paragraph>}
      {save.isError && Object.keys(errors).length === 0 && <ErrorMessage error={save.error} />}
      <Paragraph>
        <RouterLink to="/beheer/paginas">{t('edit.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
