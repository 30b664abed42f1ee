import { useEffect, useRef, useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMapAreas, useMapSettings, type OfferLocation, type OfferLocations } from '../api/maps.ts';
import '../wijkkaart.css';

/**
 * A map of the municipality's wijken and buurten with the offers at their locations. MapLibre
 * loads in a chunk of its own once the page has its data. Where the browser cannot draw it (no
 * WebGL, an old phone), the page says so and the list beside the map holds the same content.
 */
export function MapView({
  locations,
  bounds,
  highlightWijk,
  label,
}: {
  locations: OfferLocations | undefined;
  /** [west, south, east, north]; the whole municipality when not given. */
  bounds?: number[] | undefined;
  highlightWijk?: string | undefined;
  label: string;
}) {
  const { t } = useTranslation('wijkkaart');
  const container = useRef<HTMLDivElement>(null);
  const settings = useMapSettings();
  const areas = useMapAreas();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (!element || !areas.data || !settings.data) return;
    let cancelled = false;
    let map: { remove: () => void } | undefined;
    const popup = (location: OfferLocation) => {
      const box = document.createElement('div');
      const heading = document.createElement('strong');
      heading.textContent = location.properties.provider.name;
      box.append(heading);
      const list = document.createElement('ul');
      for (const offer of location.properties.offers) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `/aanbod/${offer.id}`;
        link.textContent = offer.title;
        item.append(link);
        list.append(item);
      }
      box.append(list);
      return box;
    };
    import('./maplibre-map.ts').then(
      ({ createMap }) => {
        if (cancelled) return;
        try {
          map = createMap({
            container: element,
            areas: areas.data,
            locations,
            settings: settings.data,
            bounds: bounds ?? areas.data.bbox,
            highlightWijk,
            label,
            onWijk: (slug) => void navigate(`/wijken/${slug}`),
            popup,
          });
        } catch {
          // No WebGL: the list stays; the map says it cannot be shown.
          setFailed(true);
        }
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [areas.data, settings.data, locations, bounds, highlightWijk, label, navigate]);

  return (
    <div className="sp-map">
      {failed ? (
        <Paragraph className="sp-map__fallback">{t('map.unavailable')}</Paragraph>
      ) : (
        <div ref={container} className="sp-map__canvas" />
      )}
      <Paragraph className="sp-meta">{t('map.hint')}</Paragraph>
    </div>
  );
}
