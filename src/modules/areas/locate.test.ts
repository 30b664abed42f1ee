import { describe, expect, it } from 'vitest';
import { pointInGeometry, rdToWgs84, wgs84ToRd } from './locate.ts';

const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

describe('point in polygon', () => {
  const withHole = { type: 'MultiPolygon' as const, coordinates: [[square(0, 0, 10), square(4, 4, 2)]] };
  it('finds a point inside, and not one in a hole or outside', () => {
    expect(pointInGeometry({ x: 1, y: 1 }, withHole)).toBe(true);
    expect(pointInGeometry({ x: 5, y: 5 }, withHole)).toBe(false);
    expect(pointInGeometry({ x: 11, y: 5 }, withHole)).toBe(false);
  });
  it('reads a second polygon of a MultiPolygon', () => {
    const two = { type: 'MultiPolygon' as const, coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]] };
    expect(pointInGeometry({ x: 5.5, y: 5.5 }, two)).toBe(true);
  });
});

describe('WGS84 and RD New', () => {
  it('puts Amersfoort (the origin of RD) at 155000, 463000', () => {
    const rd = wgs84ToRd(52.1551744, 5.38720621);
    expect(rd.x).toBeCloseTo(155000, 3);
    expect(rd.y).toBeCloseTo(463000, 3);
  });
  it('goes there and back within a metre in Zaanstad', () => {
    const rd = { x: 118400, y: 494500 };
    const back = wgs84ToRd(rdToWgs84(rd).latitude, rdToWgs84(rd).longitude);
    expect(Math.abs(back.x - rd.x)).toBeLessThan(1);
    expect(Math.abs(back.y - rd.y)).toBeLessThan(1);
  });
  it('puts Zaandam (52.43 N, 4.83 E) in the RD box of the Zaanstad geometry', () => {
    const rd = wgs84ToRd(52.4333, 4.8333);
    expect(rd.x).toBeGreaterThan(110000);
    expect(rd.x).toBeLessThan(125000);
    expect(rd.y).toBeGreaterThan(490000);
    expect(rd.y).toBeLessThan(505000);
  });
});
