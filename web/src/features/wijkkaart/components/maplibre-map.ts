/// <reference types="vite/client" />
/**
 * The MapLibre part of the maps, in a chunk of its own: only map pages download it. The worker
 * is a file of this site (setWorkerUrl), so the Content-Security-Policy needs no blob: scripts.
 */
import * as maplibregl from 'maplibre-gl';
import type { LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapAreas, MapSettings, OfferLocations } from '../api/maps.ts';

maplibregl.setWorkerUrl(workerUrl);

export interface MapOptions {
  container: HTMLElement;
  areas: MapAreas;
  locations: OfferLocations | undefined;
  settings: MapSettings;
  bounds: number[];
  highlightWijk: string | undefined;
  /** The map's own label, read by screen readers on the focusable canvas. */
  label: string;
  onWijk: (slug: string) => void;
  popup: (feature: OfferLocations['features'][number]) => HTMLElement;
}

export function createMap(options: MapOptions): { remove: () => void } {
  const { basemap } = options.settings;
  const style: StyleSpecification = {
    version: 8,
    sources: {
      ...(basemap
        ? { basemap: { type: 'raster', tiles: [basemap.tileUrl], tileSize: 256, attribution: basemap.attribution } }
        : {}),
      areas: { type: 'geojson', data: options.areas as never },
      locations: {
        type: 'geojson',
        // MapLibre keeps only numeric feature ids; the location's id travels as a property.
        data: {
          type: 'FeatureCollection',
          features: (options.locations?.features ?? []).map((f) => ({
            type: 'Feature',
            geometry: f.geometry,
            properties: { locationId: f.id },
          })),
        } as never,
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef3ee' } },
      ...(basemap ? [{ id: 'basemap', type: 'raster' as const, source: 'basemap' }] : []),
      {
        id: 'wijken-fill',
        type: 'fill',
        source: 'areas',
        filter: ['==', ['get', 'kind'], 'wijk'],
        paint: {
          'fill-color': ['case', ['==', ['get', 'code'], options.highlightWijk ?? ''], '#0b5cad', '#8fb08f'],
          'fill-opacity': basemap ? 0.2 : 0.45,
        },
      },
      {
        id: 'buurten-line',
        type: 'line',
        source: 'areas',
        filter: ['==', ['get', 'kind'], 'buurt'],
        paint: { 'line-color': '#5f6f5f', 'line-width': 0.6, 'line-dasharray': [2, 2] },
      },
      {
        id: 'wijken-line',
        type: 'line',
        source: 'areas',
        filter: ['==', ['get', 'kind'], 'wijk'],
        paint: { 'line-color': '#1f3f1f', 'line-width': 1.5 },
      },
      {
        id: 'locations',
        type: 'circle',
        source: 'locations',
        paint: {
          'circle-radius': 6,
          'circle-color': '#b03a00',
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
    ],
  };
  const [west, south, east, north] = options.bounds as [number, number, number, number];
  const bounds: LngLatBoundsLike = [
    [west, south],
    [east, north],
  ];
  const map = new maplibregl.Map({
    container: options.container,
    style,
    bounds,
    fitBoundsOptions: { padding: 16 },
    attributionControl: basemap ? { compact: true } : false,
    // Keyboard: arrows pan, + and - zoom, when the map has focus.
    keyboard: true,
    cooperativeGestures: false,
  });
  map.getCanvas().setAttribute('aria-label', options.label);
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.on('click', 'locations', (event) => {
    const feature = event.features?.[0];
    if (!feature) return;
    const location = options.locations?.features.find((f) => f.id === feature.properties?.locationId);
    if (!location) return;
    new maplibregl.Popup({ closeButton: true })
      .setLngLat(location.geometry.coordinates as [number, number])
      .setDOMContent(options.popup(location))
      .addTo(map);
  });
  map.on('click', 'wijken-fill', (event) => {
    if (map.queryRenderedFeatures(event.point, { layers: ['locations'] }).length > 0) return;
    const slug = event.features?.[0]?.properties?.slug as string | undefined;
    if (slug) options.onWijk(slug);
  });
  for (const layer of ['locations', 'wijken-fill']) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
  return { remove: () => map.remove() };
}
