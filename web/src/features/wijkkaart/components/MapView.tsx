import { useEffect, useRef, useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useNearViewport } from '../../../lib/use-near-viewport.ts';
import { useMapAreas, useMapSettings, type OfferLocation, type OfferLocations } from '../api/maps.ts';
import '../wijkkaart.css';

/**
 * A map of the municipality's wijken and buurten with the offers at their locations. MapLibre
 * and the boundaries load in chunks of their own once the map comes near the screen, so a page
 * whose map is further down costs nothing until the visitor scrolls there. Where the browser cannot draw it (no
 * WebGL, an old phone), the page says so and the list beside the map holds the same content.
 */
export function MapView({
  locations,
  bounds,
  highlightWijk,
  label,
  ready = true,
}: {
  locations: OfferLocations | undefined;
  /** [west, south, east, north]; the whole municipality when not given. */
  bounds?: number[] | undefined;
  highlightWijk?: string | undefined;
  label: string;
  /** False while the content above the map is still loading: where the map will stand is not known yet. */
  ready?: boolean;
}) {
  const { t } = useTranslation('wijkkaart');
  const container = useRef<HTMLDivElement>(null);
  const wanted = useNearViewport(container, ready);
  const settings = useMapSettings(wanted);
  const areas = useMapAreas(wanted);
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
