import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WijkDetail } from '../api/locations.ts';
import { rdToWgs84, wgs84ToRd } from './rd.ts';

type Ring = [number, number][];

function rings(geometry: WijkDetail['geometry']): Ring[] {
  const coordinates = geometry.coordinates as unknown;
  const polygons = (geometry.type === 'Polygon' ? [coordinates] : coordinates) as Ring[][];
  return polygons.flat();
}

/**
 * The municipality's wijken as an SVG in RD New; a click puts the location's position there. The
 * latitude and longitude fields next to it do the same by keyboard, so the map is a help, not the
 * only way (WCAG 2.1.1).
 */
export function PositionMap({
  wijken,
  position,
  onPick,
}: {
  wijken: WijkDetail[];
  position: { latitude: number; longitude: number } | null;
  onPick: (position: { latitude: number; longitude: number }) => void;
}) {
  const { t } = useTranslation('provider');
  const all = wijken.flatMap((w) => rings(w.geometry)).flat();
  if (all.length === 0) return null;
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  // SVG y runs down, RD y runs north: flip it.
  const path = (ring: Ring) => `M${ring.map(([x, y]) => `${x - minX},${maxY - y}`).join('L')}Z`;
  const pick = (event: MouseEvent<SVGSVGElement>) => {
    const svg = event.currentTarget;
    const point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    const local = point.matrixTransform(svg.getScreenCTM()!.inverse());
    const { latitude, longitude } = rdToWgs84(local.x + minX, maxY - local.y);
    onPick({ latitude: Math.round(latitude * 1e6) / 1e6, longitude: Math.round(longitude * 1e6) / 1e6 });
  };
  const marker = position ? wgs84ToRd(position.latitude, position.longitude) : null;
  return (
    <svg
      className="sp-position-map"
      viewBox={`0 0 ${maxX - minX} ${maxY - minY}`}
      role="img"
      aria-label={t('locations.mapLabel')}
      onClick={pick}
    >
      {wijken.map((w) => (
        <path key={w.code} d={rings(w.geometry).map(path).join('')} className="sp-position-map__wijk">
          <title>{w.name}</title>
        </path>
      ))}
      {marker && (
        <circle cx={marker.x - minX} cy={maxY - marker.y} r={(maxX - minX) / 80} className="sp-position-map__marker" />
      )}
    </svg>
  );
}
