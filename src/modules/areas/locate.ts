import type { Db } from '../../db/database.ts';

/**
 * Which wijk and buurt a point lies in, by point-in-polygon on the CBS geometry as stored (RD New,
 * EPSG:28992, metres). PostGIS is not available, and a municipality has a few dozen wijken and a
 * few hundred buurten, so a bounding-box check and an even-odd ray cast in TypeScript are enough.
 */
export interface RdPoint {
  x: number;
  y: number;
}

type Ring = number[][];
interface MultiPolygon {
  type: 'MultiPolygon' | 'Polygon';
  coordinates: unknown;
}

/** Even-odd rule: a point in an odd number of a polygon's rings is inside it (holes count out). */
function inRing(point: RdPoint, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > point.y !== yj > point.y && point.x < ((xj - xi) * (point.y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInGeometry(point: RdPoint, geometry: MultiPolygon): boolean {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Ring[][];
  return polygons.some((rings) => rings.filter((ring) => inRing(point, ring)).length % 2 === 1);
}

const parse = (geometry: unknown): MultiPolygon =>
  (typeof geometry === 'string' ? JSON.parse(geometry) : geometry) as MultiPolygon;

/**
 * The wijk and buurt of a point, or undefined when it lies in none of the municipality's wijken.
 * The buurt is null when the tenant has no buurt there.
 */
export async function locatePoint(
  db: Db,
  tenantId: string,
  point: RdPoint,
): Promise<{ wijkCode: string; buurtCode: string | null } | undefined> {
  const wijken = await db.selectFrom('wijken').select(['code', 'geometry']).where('tenant_id', '=', tenantId).execute();
  const wijk = wijken.find((w) => pointInGeometry(point, parse(w.geometry)));
  if (!wijk) return undefined;
  const buurten = await db
    .selectFrom('buurten')
    .select(['code', 'geometry'])
    .where('tenant_id', '=', tenantId)
    .where('wijk_code', '=', wijk.code)
    .execute();
  const buurt = buurten.find((b) => pointInGeometry(point, parse(b.geometry)));
  return { wijkCode: wijk.code, buurtCode: buurt?.code ?? null };
}

/*
 * WGS84 (latitude, longitude, as a phone's map gives them) to and from RD New, with the
 * polynomial approximation of Schreutelkamp and Strang van Hees (about a metre off in the
 * Netherlands: ample for finding a wijk).
 */
const PHI0 = 52.1551744;
const LAM0 = 5.38720621;
const X0 = 155000;
const Y0 = 463000;
const R: [number, number, number][] = [
  [0, 1, 190094.945],
  [1, 1, -11832.228],
  [2, 1, -114.221],
  [0, 3, -32.391],
  [1, 0, -0.705],
  [3, 1, -2.34],
  [1, 3, -0.608],
  [0, 2, -0.008],
  [2, 3, 0.148],
];
const S: [number, number, number][] = [
  [1, 0, 309056.544],
  [0, 2, 3638.893],
  [2, 0, 73.077],
  [1, 2, -157.984],
  [3, 0, 59.788],
  [0, 1, 0.433],
  [2, 2, -6.439],
  [1, 1, -0.032],
  [0, 4, 0.092],
  [1, 4, -0.054],
];
const K: [number, number, number][] = [
  [0, 1, 3235.65389],
  [2, 0, -32.58297],
  [0, 2, -0.2475],
  [2, 1, -0.84978],
  [0, 3, -0.0655],
  [2, 2, -0.01709],
  [1, 0, -0.00738],
  [4, 0, 0.0053],
  [2, 3, -0.00039],
  [4, 1, 0.00033],
  [1, 1, -0.00012],
];
const L: [number, number, number][] = [
  [1, 0, 5260.52916],
  [1, 1, 105.94684],
  [1, 2, 2.45656],
  [3, 0, -0.81885],
  [1, 3, 0.05594],
  [3, 1, -0.05607],
  [0, 1, 0.01199],
  [3, 2, -0.00256],
  [1, 4, 0.00128],
  [0, 2, 0.00022],
  [2, 0, -0.00022],
  [5, 0, 0.00026],
];
const sum = (terms: [number, number, number][], a: number, b: number) =>
  terms.reduce((total, [p, q, c]) => total + c * a ** p * b ** q, 0);

export function wgs84ToRd(latitude: number, longitude: number): RdPoint {
  const dPhi = 0.36 * (latitude - PHI0);
  const dLam = 0.36 * (longitude - LAM0);
  return { x: X0 + sum(R, dPhi, dLam), y: Y0 + sum(S, dPhi, dLam) };
}

export function rdToWgs84(point: RdPoint): { latitude: number; longitude: number } {
  const dX = (point.x - X0) * 1e-5;
  const dY = (point.y - Y0) * 1e-5;
  return { latitude: PHI0 + sum(K, dX, dY) / 3600, longitude: LAM0 + sum(L, dX, dY) / 3600 };
}
