import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useCategories, useRoutes, useWijken } from '../../../lib/lookups.ts';
import type { OfferFacets, OfferFilters } from '../api/catalogue.ts';

interface Props {
  filters: OfferFilters;
  /** How many matches each choice would leave; absent while the first answer loads. */
  facets?: OfferFacets | undefined;
  /** Receives only what changed; the page merges it into the current filters. */
  onChange: (changes: Partial<OfferFilters>) => void;
}

type FacetList = { value: string; count: number }[];

/**
 * Search words plus filters, each choice with the number of offers it would leave (facet
 * counts; not shown for the filter already chosen, whose other values would all read 0).
 * Choosing a filter searches at once; the words on "Zoeken".
 */
export function OfferSearchForm({ filters, facets, onChange }: Props) {
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
  const choose = (key: 'route' | 'wijk' | 'category' | 'near' | 'dateFrom' | 'dateTo', value: string) =>
    onChange({ q: q.trim() || undefined, [key]: value || undefined, page: undefined });
  /** "Verwen Route (12)": the count is part of the option's text, so screen readers read it too. */
  const withCount = (label: string, list: FacetList | undefined, value: string, chosen: string | undefined) => {
    if (!list || chosen) return label;
    return t('catalogue.withCount', { label, count: list.find((f) => f.value === value)?.count ?? 0 });
  };

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
                {withCount(r.name, facets?.routes, r.slug, filters.route)}
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
                {withCount(w.name, facets?.wijken, w.code, filters.wijk)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="offer-near">{t('catalogue.near')}</FormLabel>
          </div>
          <Select id="offer-near" value={filters.near ?? ''} onChange={(e) => choose('near', e.target.value)}>
            <SelectOption value="">{t('catalogue.anywhere')}</SelectOption>
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
                {withCount(i18n.language === 'nl' ? c.nameNl : c.nameEn, facets?.categories, c.slug, filters.category)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="offer-date-from">{t('catalogue.dateFrom')}</FormLabel>
          </div>
          <Textbox
            id="offer-date-from"
            type="date"
            value={filters.dateFrom ?? ''}
            onChange={(e) => choose('dateFrom', e.target.value)}
          />
        </FormField>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="offer-date-to">{t('catalogue.dateTo')}</FormLabel>
          </div>
          <Textbox
            id="offer-date-to"
            type="date"
            min={filters.dateFrom}
            value={filters.dateTo ?? ''}
            onChange={(e) => choose('dateTo', e.target.value)}
          />
        </FormField>
        <FormField type="checkbox" className="sp-search__free">
          <Checkbox
            id="offer-free"
            checked={filters.free ?? false}
            onChange={(e) =>
              onChange({ q: q.trim() || undefined, free: e.target.checked || undefined, page: undefined })
            }
          />
          <FormLabel htmlFor="offer-free" type="checkbox">
            {filters.free || !facets
              ? t('catalogue.onlyFree')
              : t('catalogue.withCount', { label: t('catalogue.onlyFree'), count: facets.free })}
          </FormLabel>
        </FormField>
        <FormField type="checkbox" className="sp-search__free">
          <Checkbox
            id="offer-valid-now"
            checked={filters.validNow ?? false}
            onChange={(e) =>
              onChange({ q: q.trim() || undefined, validNow: e.target.checked || undefined, page: undefined })
            }
          />
          <FormLabel htmlFor="offer-valid-now" type="checkbox">
            {t('catalogue.onlyValidNow')}
          </FormLabel>
        </FormField>
      </div>
    </form>
  );
}
