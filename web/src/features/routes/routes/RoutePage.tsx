import { Heading, Paragraph } from '@utrecht/component-library-react';
import { SponsorStrip } from '../../../components/SponsorStrip.tsx';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useNamespaces } from '../../../lib/use-namespaces.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { OfferList } from '../../catalogue/components/OfferList.tsx';
import { EventsSection } from '../../agenda/components/EventsSection.tsx';
import { useOfferLocations } from '../../wijkkaart/api/maps.ts';
import { MapView } from '../../wijkkaart/components/MapView.tsx';
import { ImageGallery } from '../../../components/ResponsiveImage.tsx';
import { useImages } from '../../../lib/images.ts';
import { usePrefetchRouteOffers, useRouteOffers, useRoutePage } from '../api/routes.ts';
import { RouteBadge } from '../components/RouteBadge.tsx';
import '../routes.css';
import { RelatedStories } from '../../stories/components/RelatedStories.tsx';

/**
 * One route: its story in B1 Dutch, its picture, its offers and its badge. The address is shareable.
 * Each section asks for its own data, so an answer that arrives redraws its section, not the page.
 */
export default function RoutePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('routes');
  // The texts of the offer list, the map and the agenda load with the page's own.
  useNamespaces(['catalogue', 'wijkkaart', 'agenda']);
  const route = useRoutePage(slug);
  usePrefetchRouteOffers(slug);
  usePageTitle(route.data?.name ?? t('route.title'));

  if (route.isPending)
    return (
      <>
        <Heading level={1}>{t('route.title')}</Heading>
        <Loading />
      </>
    );
  if (route.isError)
    return (
      <>
        <Heading level={1}>{t('route.title')}</Heading>
        <ErrorMessage error={route.error} />
        <Paragraph>
          <RouterLink to="/routes">{t('route.back')}</RouterLink>
        </Paragraph>
      </>
    );
  const r = route.data;
  return (
    <article className="sp-route">
      <Paragraph>
        <RouterLink to="/routes">{t('route.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{r.name}</Heading>
      <img className="sp-route__picture" src={r.pictureUrl} alt="" width="640" height="320" />
      <Paragraph appearance="lead">{r.description}</Paragraph>
      <RouteGallery routeId={r.id} />
      {r.story
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim())
        .map((paragraph, i) => (
          <Paragraph key={i}>{paragraph}</Paragraph>
        ))}
      <RouteOffers slug={slug} offerCount={r.offerCount} />
      <RouteMap slug={slug} name={r.name} />
      <EventsSection id="route-events-heading" heading={t('route.events')} filters={{ route: slug }} />
      <RouteBadge route={r} />
      <RelatedStories filter={{ route: slug }} />
      <SponsorStrip />
    </article>
  );
}

function RouteGallery({ routeId }: { routeId: string }) {
  const { t } = useTranslation('routes');
  const images = useImages('route', routeId);
  return <ImageGallery images={images.data?.items} label={t('route.pictures')} />;
}

function RouteOffers({ slug, offerCount }: { slug: string; offerCount: number }) {
  const { t } = useTranslation('routes');
  const offers = useRouteOffers(slug);
  return (
    <section aria-labelledby="route-offers-heading">
      <Heading level={2} id="route-offers-heading">
        {t('route.offers', { count: offerCount })}
      </Heading>
      {offers.isPending && <Loading />}
      {offers.isError && <ErrorMessage error={offers.error} />}
      {offers.data && offers.data.items.length === 0 && <Paragraph>{t('route.noOffers')}</Paragraph>}
      {offers.data && offers.data.items.length > 0 && <OfferList offers={offers.data.items} />}
      {offers.data && offers.data.page.totalItems > offers.data.items.length && (
        <Paragraph>
          <RouterLink to={`/?route=${encodeURIComponent(slug)}`}>
            {t('route.allOffers', { count: offers.data.page.totalItems })}
          </RouterLink>
        </Paragraph>
      )}
    </section>
  );
}

function RouteMap({ slug, name }: { slug: string; name: string }) {
  const { t } = useTranslation('routes');
  const locations = useOfferLocations({ route: slug });
  // The map waits until the offers above it are drawn: until then, where it will stand is not known.
  const offersDrawn = useRouteOffers(slug).data !== undefined;
  return (
    <section aria-labelledby="route-map-heading">
      <Heading level={2} id="route-map-heading">
        {t('route.map')}
      </Heading>
      <Paragraph>{t('route.mapIntro')}</Paragraph>
      <MapView locations={locations.data} label={t('route.mapLabel', { name })} ready={offersDrawn} />
    </section>
  );
}
