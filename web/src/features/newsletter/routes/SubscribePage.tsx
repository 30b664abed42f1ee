import { useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { describedBy, Field } from '../../../components/Field.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { useCategories, useRoutes, useWijken } from '../../../lib/lookups.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { LANGUAGES, useSubscribe, type NewsletterLanguage } from '../api/newsletter.ts';

type Kind = 'wijken' | 'routes' | 'categories';

/** Subscribe to the newsletter: an e-mail address, interests and a language. No account needed. */
export default function SubscribePage() {
  const { t, i18n } = useTranslation('newsletter');
  usePageTitle(t('subscribe.title'));
  const wijken = useWijken();
  const routes = useRoutes();
  const categories = useCategories();
  const subscribe = useSubscribe();
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<NewsletterLanguage>(
    LANGUAGES.find((l) => i18n.language.startsWith(l)) ?? 'nl',
  );
  const [chosen, setChosen] = useState<Record<Kind, string[]>>({ wijken: [], routes: [], categories: [] });
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const errors: Record<string, string> = {};
  if (subscribe.error instanceof ApiError)
    for (const p of subscribe.error.invalidParams) errors[p.name.replace(/^body\./, '').split('.')[0]!] ??= p.reason;

  const toggle = (kind: Kind, value: string, on: boolean) =>
    setChosen((old) => ({ ...old, [kind]: on ? [...old[kind], value] : old[kind].filter((v) => v !== value) }));

  const group = (kind: Kind, items: { value: string; label: string }[]) => (
    <Fieldset>
      <FieldsetLegend>{t(`subscribe.${kind}`)}</FieldsetLegend>
      <FormFieldDescription>{t('subscribe.noneIsAll')}</FormFieldDescription>
      {items.map((item) => (
        <FormField key={item.value} type="checkbox">
          <Checkbox
            id={`nb-${kind}-${item.value}`}
            checked={chosen[kind].includes(item.value)}
            onChange={(e) => toggle(kind, item.value, e.target.checked)}
          />
          <FormLabel htmlFor={`nb-${kind}-${item.value}`} type="checkbox">
            {item.label}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    subscribe.mutate({ email, language, ...chosen }, { onError: () => focusFirstInvalid() });
  };

  return (
    <>
      <Heading level={1}>{t('subscribe.title')}</Heading>
      <Paragraph>{t('subscribe.intro')}</Paragraph>
      {subscribe.isSuccess ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('subscribe.sent', { email })}</Paragraph>
        </Alert>
      ) : (
        <form ref={form} onSubmit={submit} noValidate className="sp-form" aria-label={t('subscribe.title')}>
          <Field id="nb-email" label={t('subscribe.email')} error={errors.email}>
            <Textbox
              id="nb-email"
              type="email"
              autoComplete="email"
              required
              value={email}
              invalid={!!errors.email}
              aria-describedby={describedBy('nb-email', false, errors.email)}
              onChange={(e) => setEmail(e.target.value)}
            />
          </Field>
          <Field id="nb-language" label={t('subscribe.language')}>
            <Select
              id="nb-language"
              value={language}
              onChange={(e) => setLanguage(e.target.value as NewsletterLanguage)}
            >
              {LANGUAGES.map((l) => (
                <SelectOption key={l} value={l}>
                  {t(`languages.${l}`)}
                </SelectOption>
              ))}
            </Select>
          </Field>
          {group(
            'wijken',
            (wijken.data?.items ?? []).map((w) => ({ value: w.code, label: w.name })),
          )}
          {group(
            'routes',
            (routes.data?.items ?? []).map((r) => ({ value: r.slug, label: r.name })),
          )}
          {group(
            'categories',
            (categories.data?.items ?? []).map((c) => ({
              value: c.slug,
              label: i18n.language.startsWith('nl') ? c.nameNl : c.nameEn,
            })),
          )}
          <Paragraph>{t('subscribe.privacy')}</Paragraph>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={subscribe.isPending}
            disabled={subscribe.isPending}
          >
            {t('subscribe.submit')}
          </Button>
          {subscribe.isError && Object.keys(errors).length === 0 && <ErrorMessage error={subscribe.error} />}
        </form>
      )}
    </>
  );
}
