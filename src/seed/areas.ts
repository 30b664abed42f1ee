import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Random } from '../shared/random.ts';

/**
 * The real Zaanstad wijken and buurten: CBS Wijk- en Buurtkaart 2017 (Bron: CBS, Wijk- en
 * Buurtkaart 2017; CC BY 4.0), copied into ./data/zaanstad. Codes, names, population,
 * households and geometry come from the files as they are; nothing here is invented.
 */
const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'zaanstad');

type Ring = [number, number][];
export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}

export interface Wijk {
  code: string;
  name: string;
  population: number;
  households: number;
  geometry: MultiPolygon;
  /** Town the wijk belongs to, for addresses. */
  city: string;
}

export interface Buurt {
  code: string;
  wijkCode: string;
  name: string;
  population: number;
  households: number;
  /** The four digits of the buurt's main postcode (CBS field `postcode`). */
  postcodeDigits: string;
  geometry: MultiPolygon;
  bbox: [number, number, number, number];
}

interface Feature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}

function readFeatures(file: string): Feature[] {
  return (JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as { features: Feature[] }).features;
}

/** CBS writes -99999999 for "secret or unknown"; a count below zero is no count. */
const count = (value: unknown): number => (typeof value === 'number' && value >= 0 ? value : 0);

function asMultiPolygon(geometry: Feature['geometry']): MultiPolygon {
  if (geometry.type === 'MultiPolygon') return geometry as MultiPolygon;
  if (geometry.type === 'Polygon') return { type: 'MultiPolygon', coordinates: [geometry.coordinates as Ring[]] };
  throw new Error(`Unexpected geometry ${geometry.type}`);
}

/** The town of each wijk, from the first digit of the wijk number (CBS numbers wijken per town). */
function cityOf(wijkCode: string): string {
  const digit = wijkCode.slice(6, 7);
  const cities: Record<string, string> = {
    '1': 'Zaandam',
    '2': 'Zaandam',
    '3': 'Koog aan de Zaan',
    '4': 'Zaandijk',
    '5': 'Wormerveer',
    '6': 'Krommenie',
    '7': 'Assendelft',
    '8': 'Westzaan',
  };
  return cities[digit] ?? 'Zaandam';
}

export function loadAreas(): { wijken: Wijk[]; buurten: Buurt[] } {
  const wijken = readFeatures('wijken-2017.geojson')
    .map((f): Wijk => ({
      code: String(f.properties.wk_code),
      name: String(f.properties.wijknaam),
      population: count(f.properties.aant_inw),
      households: count(f.properties.aantal_hh),
      geometry: asMultiPolygon(f.geometry),
      city: cityOf(String(f.properties.wk_code)),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const buurten = readFeatures('buurten-2017.geojson')
    .map((f): Buurt => {
      const geometry = asMultiPolygon(f.geometry);
      return {
        code: String(f.properties.bu_code),
        wijkCode: String(f.properties.wk_code),
        name: String(f.properties.bu_naam),
        population: count(f.properties.aant_inw),
        households: count(f.properties.aantal_hh),
        postcodeDigits: String(f.properties.postcode),
        geometry,
        bbox: boundingBox(geometry),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  return { wijken, buurten };
}

function boundingBox(geometry: MultiPolygon): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of geometry.coordinates) {
    for (const [x, y] of polygon[0] ?? []) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return [minX, minY, maxX, maxY];
}

function insideRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function containsPoint(geometry: MultiPolygon, x: number, y: number): boolean {
  return geometry.coordinates.some((polygon) => {
    const [outer, ...holes] = polygon;
    return outer !== undefined && insideRing(x, y, outer) && !holes.some((hole) => insideRing(x, y, hole));
  });
}

/** A point (RD New metres, rounded to 0.1 m) inside the buurt: within its bounding box and its polygon. */
export function pointInBuurt(buurt: Buurt, random: Random): { x: number; y: number } {
  const [minX, minY, maxX, maxY] = buurt.bbox;
  for (let attempt = 0; attempt < 500; attempt++) {
    const x = Math.round((minX + random.next() * (maxX - minX)) * 10) / 10;
    const y = Math.round((minY + random.next() * (maxY - minY)) * 10) / 10;
    if (containsPoint(buurt.geometry, x, y)) return { x, y };
  }
  return { x: Math.round((minX + maxX) * 5) / 10, y: Math.round((minY + maxY) * 5) / 10 };
}

/**
 * Share of adult demo pass holders with a low income, per wijk. INVENTED for the demo: the CBS
 * files hold no income figures. It only makes the demo look like a city where the pass matters
 * more in some wijken than in others (higher in Poelenburg, Peldersveld, Kogerveld; lower in
 * Westzaan and Assendelft).
 */
export const DEMO_LOW_INCOME_SHARE: Record<string, number> = {
  WK047911: 0.42, // Zaandam Zuid
  WK047912: 0.62, // Poelenburg
  WK047913: 0.55, // Pelders- en Hoornseveld
  WK047914: 0.44, // Rosmolenwijk
  WK047915: 0.52, // Kogerveldwijk
  WK047916: 0.24, // Zaandam Noord
  WK047921: 0.3, // Oude Haven
  WK047922: 0.33, // Zaandam West
  WK047923: 0.36, // Nieuw West
  WK047931: 0.26, // Oud Koog a/d Zaan
  WK047932: 0.2, // Westerkoog
  WK047941: 0.27, // Oud Zaandijk
  WK047942: 0.31, // Rooswijk
  WK047951: 0.34, // Wormerveer
  WK047961: 0.25, // Krommenie Oost
  WK047962: 0.23, // Krommenie West
  WK047971: 0.17, // Assendelft-Zuid
  WK047972: 0.21, // Assendelft-Noord
  WK047981: 0.14, // Westzaan
};
