import { useState, type FormEvent } from 'react';
import {
  Button,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter.ts';
import { LIFE_EVENTS, THEMES, useSchemes, type LifeEvent, type SchemeFilters } from '../api/schemes.ts';
import { SchemeCard } from '../components/SchemeCard.tsx';
import '../schemes.css';

/** "Regelingen": browse the published schemes by life event and theme, for residents or initiatives, and search. */
export default function SchemesPage() {
  const { t } = useTranslation('schemes');
  usePageTitle(t('list.title'));
  const [params, set] = useSearchParamSetter();
  const filters: SchemeFilters = {
    q: params.get('zoek') ?? undefined,
    lifeEvent: (params.get('gebeurtenis') as LifeEvent | null) ?? undefined,
    theme: params.get('thema') ?? undefined,
    audience: (params.get('voor') as SchemeFilters['audience'] | null) ?? undefined,
  };
  const schemes = useSchemes(filters);
  const [q, setQ] = useState(filters.q ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    set('zoek', q.trim() || undefined);
  };

  return (
    <div className="sp-schemes">
      <Heading level={1}>{t('list.title')}</Heading>
      <Paragraph appearance="lead">{t('list.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/check">{t('list.toCheck')}</RouterLink>
      </Paragraph>

      <nav aria-label={t('list.byLifeEvent')}>
        <Heading level={2}>{t('list.byLifeEvent')}</Heading>
        <ul className="sp-chips">
          {LIFE_EVENTS.map((event) => (
            <li key={event}>
              <Button
                appearance={filters.lifeEvent === event ? 'primary-action-button' : 'secondary-action-button'}
                aria-pressed={filters.lifeEvent === event}
                onClick={() => set('gebeurtenis', filters.lifeEvent === event ? undefined : event)}
              >
                {t(`lifeEvent.${event}`)}
              </Button>
            </li>
          ))}
        </ul>
      </nav>

      <form role="search" aria-label={t('list.searchLabel')} onSubmit={submit} className="sp-search">
        <FormField className="sp-search__query">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="scheme-q">{t('list.searchWords')}</FormLabel>
          </div>
          <div className="sp-search__row">
            <Textbox id="scheme-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
            <Button type="submit" appearance="primary-action-button">
              {t('list.search')}
            </Button>
          </div>
        </FormField>
        <div className="sp-search__filters">
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="scheme-theme">{t('list.theme')}</FormLabel>
            </div>
            <Select id="scheme-theme" value={filters.theme ?? ''} onChange={(e) => set('thema', e.target.value)}>
              <SelectOption value="">{t('list.allThemes')}</SelectOption>
              {THEMES.map((theme) => (
                <SelectOption key={theme} value={theme}>
                  {t(`theme.${theme}`)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="scheme-audience">{t('list.audience')}</FormLabel>
            </div>
            <Select id="scheme-audience" value={filters.audience ?? ''} onChange={(e) => set('voor', e.target.value)}>
              <SelectOption value="">{t('list.everyone')}</SelectOption>
              <SelectOption value="residents">{t('audience.residents')}</SelectOption>
              <SelectOption value="initiatives">{t('audience.initiatives')}</SelectOption>
            </Select>
          </FormField>
        </div>
      </form>

      {schemes.isPending && <Loading />}
      {schemes.isError && <ErrorMessage error={schemes.error} />}
      {schemes.data && (
        <section aria-labelledby="scheme-results">
          <Heading level={2} id="scheme-results">
            {t('list.results', { count: schemes.data.items.length })}
          </Heading>
          {schemes.data.items.length === 0 && <Paragraph>{t('list.none')}</Paragraph>}
          <ul className="sp-scheme-list">
            {schemes.data.items.map((scheme) => (
              <SchemeCard key={scheme.id} scheme={scheme} headingLevel={3} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
