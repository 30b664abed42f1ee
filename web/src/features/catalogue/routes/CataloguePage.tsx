import { Heading, Paragraph } from '@utrecht/component-library-react';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { FILTER_KEYS, filtersFromAddress, useOffers, type OfferFilters } from '../api/catalogue.ts';
import { OfferList } from '../components/OfferList.tsx';
import { OfferSearchForm } from '../components/OfferSearchForm.tsx';

/** The public catalogue; the filters live in the address, so a search can be shared and "back" works. */
export default function CataloguePage() {
  const { t } = useTranslation('catalogue');
  usePageTitle(t('catalogue.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromAddress(params);
  const offers = useOffers(filters);

  // Read the address when the change happens, not as of the last render: two quick changes
  // (a filter chosen before the page re-rendered after the previous one) must both stay.
  const update = (changes: Partial<OfferFilters>) => {
    const next: OfferFilters = { ...filtersFromAddress(new URLSearchParams(window.location.search)), ...changes };
    const search = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key]) search.set(key, next[key]);
    if (next.free) search.set('free', 'true');
    if (next.validNow) search.set('validNow', 'true');
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  return (
    <>
      <Paragraph>
        {t('catalogue.freePass')} <RouterLink to="/gratis-pas">{t('catalogue.freePassLink')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('catalogue.title')}</Heading>
      <Paragraph appearance="lead">{t('catalogue.intro')}</Paragraph>
      <OfferSearchForm filters={filters} facets={offers.data?.facets} onChange={update} />
      <section aria-labelledby="results-heading" className="sp-results">
        <Heading level={2} id="results-heading" className="sp-visually-hidden">
          {t('catalogue.results')}
        </Heading>
        <Paragraph role="status" aria-live="polite">
          {offers.data ? t('catalogue.found', { count: offers.data.page.totalItems }) : ''}
        </Paragraph>
        {offers.isPending && <Loading />}
        {offers.isError && <ErrorMessage error={offers.error} />}
        {offers.data && offers.data.items.length === 0 && <Paragraph>{t('catalogue.none')}</Paragraph>}
        {offers.data && offers.data.items.length > 0 && (
          <>
            <OfferList offers={offers.data.items} />
            <Pager page={offers.data.page} label={t('paging.label')} onChange={(page) => update({ page })} />
          </>
        )}
      </section>
    </>
  );
}
