import { useState, type FormEvent } from 'react';
import { Button, FormField, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useCategories, useRoutes, useWijken } from '../../../lib/lookups.ts';
import type { OfferFilters } from '../api/catalogue.ts';

interface Props {
  filters: OfferFilters;
  /** Receives only what changed; the page merges it into the current filters. */
  onChange: (changes: Partial<OfferFilters>) => void;
}

/** Search words plus three filters. Choosing a filter searches at once; the words on "Zoeken". */
export function OfferSearchForm({ filters, onChange }: Props) {
  const { t, i18n } = useTranslation('catalogue');
  const routes = useRoutes();
  const wijken = useWijken();
  const categories = useCategories();
  const [q, setQ] = useState(filters.q ?? '');
  // The words follow the address when it changes (back button, a link): React's pattern for state derived from props.
  const [shownQ, setShownQ] = useState(filters.q);
  if (filters.q !== shownQ) {
    setShownQ(filters.q);
    setQ(filters.q ?? '');
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: q.trim() || undefined, page: undefined });
  };
  const choose = (key: 'route' | 'wijk' | 'category', value: string) =>
    onChange({ q: q.trim() || undefined, [key]: value || undefined, page: undefined });

  return (
    <form role="search" aria-label={t('catalogue.searchLabel')} onSubmit={submit} className="sp-search">
      <FormField className="sp-search__query">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="offer-q">{t('catalogue.searchWords')}</FormLabel>
        </div>
        <div className="sp-search__row">
          <Textbox id="offer-q" name="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          <Button type="submit" appearance="primary-action-button">
            {t('catalogue.search')}
          </Button>
        </div>
      </FormField>
      <div className="sp-search__filters">
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="offer-route">{t('catalogue.route')}</FormLabel>
          </div>
          <Select id="offer-route" value={filters.route ?? ''} onChange={(e) => choose('route', e.target.value)}>
            <SelectOption value="">{t('catalogue.allRoutes')}</SelectOption>
            {routes.data?.items.map((r) => (
              <SelectOption key={r.slug} value={r.slug}>
                {r.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="offer-wijk">{t('catalogue.wijk')}</FormLabel>
          </div>
          <Select id="offer-wijk" value={filters.wijk ?? ''} onChange={(e) => choose('wijk', e.target.value)}>
            <SelectOption value="">{t('catalogue.allWijken')}</SelectOption>
            {wijken.data?.items.map((w) => (
              <SelectOption key={w.code} value={w.code}>
                {w.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="offer-category">{t('catalogue.category')}</FormLabel>
          </div>
          <Select
            id="offer-category"
            value={filters.category ?? ''}
            onChange={(e) => choose('category', e.target.value)}
          >
            <SelectOption value="">{t('catalogue.allCategories')}</SelectOption>
            {categories.data?.items.map((c) => (
              <SelectOption key={c.slug} value={c.slug}>
                {i18n.language === 'en' ? c.nameEn : c.nameNl}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
    </form>
  );
}
