import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink.tsx';
import type { OfferLocations } from '../api/maps.ts';

/** The map's text alternative: every location on it, with its address and offers as links. */
export function LocationList({ locations, headingLevel = 3 }: { locations: OfferLocations; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('wijkkaart');
  if (locations.features.length === 0) return <Paragraph>{t('list.none')}</Paragraph>;
  return (
    <ul className="sp-location-list">
      {locations.features.map((location) => (
        <li key={location.id}>
          <Heading level={headingLevel} appearance="utrecht-heading-4">
            <RouterLink to={`/aanbieders/${location.properties.provider.id}`}>
              {location.properties.provider.name}
            </RouterLink>
          </Heading>
          <Paragraph className="sp-meta">{location.properties.address}</Paragraph>
          <ul>
            {location.properties.offers.map((offer) => (
              <li key={offer.id}>
                <RouterLink to={`/aanbod/${offer.id}`}>{offer.title}</RouterLink>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
