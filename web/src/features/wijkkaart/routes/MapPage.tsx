import { FormField, FormLabel, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useRoutes, useWijken } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter.ts';
import { useMapAreas, useOfferLocations } from '../api/maps.ts';
import { LocationList } from '../components/LocationList.tsx';
import { MapView } from '../components/MapView.tsx';

/** The wijkkaart: the municipality's wijken and buurten with the offers where they are, and the same as lists. */
export default function MapPage() {
  const { t } = useTranslation('wijkkaart');
  usePageTitle(t('map.title'));
  const [params, setParam] = useSearchParamSetter();
  const route = params.get('route') ?? '';
  const wijk = params.get('wijk') ?? '';
  const filter = { ...(route && { route }), ...(wijk && { wijk }) };
  const locations = useOfferLocations(filter);
  const areas = useMapAreas();
  const routes = useRoutes();
  const wijken = useWijken();
  const offerCount = new Map(wijken.data?.items.map((w) => [w.code, w.offerCount]));
  const wijkFeatures = areas.data?.features.filter((f) => f.properties.kind === 'wijk') ?? [];
  const choose = (key: 'route' | 'wijk', value: string) => setParam(key, value);

  return (
    <>
      <Heading level={1}>{t('map.title')}</Heading>
      <Paragraph appearance="lead">{t('map.intro')}</Paragraph>
      <form aria-label={t('map.filters')} className="sp-search__filters" onSubmit={(e) => e.preventDefault()}>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="map-route">{t('map.route')}</FormLabel>
          </div>
          <Select id="map-route" value={route} onChange={(e) => choose('route', e.target.value)}>
            <SelectOption value="">{t('map.allRoutes')}</SelectOption>
            {routes.data?.items.map((r) => (
              <SelectOption key={r.slug} value={r.slug}>
                {r.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="map-wijk">{t('map.wijk')}</FormLabel>
          </div>
          <Select id="map-wijk" value={wijk} onChange={(e) => choose('wijk', e.target.value)}>
            <SelectOption value="">{t('map.allWijken')}</SelectOption>
            {wijken.data?.items.map((w) => (
              <SelectOption key={w.code} value={w.code}>
                {w.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </form>

      <MapView locations={locations.data} label={t('map.label')} />

      <section aria-labelledby="wijken-heading">
        <Heading level={2} id="wijken-heading">
          {t('map.wijken')}
        </Heading>
        {areas.isPending && <Loading />}
        {areas.isError && <ErrorMessage error={areas.error} />}
        <ul className="sp-wijk-list">
          {wijkFeatures.map((f) => (
            <li key={f.id}>
              <RouterLink to={`/wijken/${f.properties.slug}`}>{f.properties.name}</RouterLink>{' '}
              <span className="sp-meta">
                ({t('map.offerCount', { count: offerCount.get(f.properties.code) ?? 0 })})
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="locations-heading">
        <Heading level={2} id="locations-heading">
          {t('map.locations')}
        </Heading>
        <Paragraph role="status" aria-live="polite">
          {locations.data ? t('map.locationCount', { count: locations.data.features.length }) : ''}
        </Paragraph>
        {locations.isPending && <Loading />}
        {locations.isError && <ErrorMessage error={locations.error} />}
        {locations.data && <LocationList locations={locations.data} />}
      </section>
    </>
  );
}
