import proj4 from 'proj4';

/**
 * CBS publishes wijk and buurt boundaries, and we store locations, in RD New (EPSG:28992, metres).
 * Web maps want WGS84 longitude/latitude. The server reprojects once per tenant and caches the
 * result (docs/decisions/0020), so no browser downloads proj4 or does this work.
 */
const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';
const rdToWgs84 = proj4(RD_NEW, 'WGS84');

/** Six decimals of a degree is about 10 cm: more would only make the answer bigger. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

export type Position = [number, number];

export function toWgs84(x: number, y: number): Position {
  const [lon, lat] = rdToWgs84.forward<[number, number]>([x, y]);
  return [round(lon), round(lat)];
}

type Coordinates = number | Coordinates[];

/** Reprojects any GeoJSON coordinate array (ring, polygon, multipolygon), whatever its depth. */
export function reprojectCoordinates(coordinates: Coordinates[]): Coordinates[] {
  if (coordinates.length > 0 && typeof coordinates[0] === 'number') {
    const [x, y] = coordinates as number[];
    return toWgs84(x!, y!);
  }
  return coordinates.map((c) => reprojectCoordinates(c as Coordinates[]));
}

/** [west, south, east, north] of any coordinate array in WGS84. */
export function boundingBox(coordinates: Coordinates[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: Coordinates[]) => {
    if (c.length > 0 && typeof c[0] === 'number') {
      const [lon, lat] = c as number[];
      box[0] = Math.min(box[0], lon!);
      box[1] = Math.min(box[1], lat!);
      box[2] = Math.max(box[2], lon!);
      box[3] = Math.max(box[3], lat!);
      return;
    }
    for (const child of c) visit(child as Coordinates[]);
  };
  visit(coordinates);
  return box;
}

/** A readable, stable address part from a wijk name: "Zaandam-Zuid" -> "zaandam-zuid", "Oud Koog" -> "oud-koog". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
