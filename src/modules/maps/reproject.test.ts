import { describe, expect, it } from 'vitest';
import { boundingBox, reprojectCoordinates, slugify, toWgs84 } from './reproject.ts';

describe('RD New to WGS84', () => {
  it('puts the Amersfoort origin of RD where it belongs', () => {
    const [lon, lat] = toWgs84(155000, 463000);
    expect(lon).toBeCloseTo(5.387, 2);
    expect(lat).toBeCloseTo(52.155, 2);
  });

  it('puts Zaandam station (RD 116 000, 494 400 or so) in Zaandam', () => {
    const [lon, lat] = toWgs84(116000, 494400);
    expect(lon).toBeGreaterThan(4.7);
    expect(lon).toBeLessThan(4.9);
    expect(lat).toBeGreaterThan(52.4);
    expect(lat).toBeLessThan(52.5);
  });

  it('reprojects nested rings and gives their bounding box', () => {
    const polygon = reprojectCoordinates([
      [
        [116000, 494000],
        [117000, 494000],
        [117000, 495000],
        [116000, 494000],
      ],
    ]);
    const [west, south, east, north] = boundingBox(polygon);
    expect(west).toBeLessThan(east);
    expect(south).toBeLessThan(north);
  });

  it('makes readable slugs from wijk names', () => {
    expect(slugify('Zaandam-Zuid')).toBe('zaandam-zuid');
    expect(slugify('Oud Koog a/d Zaan')).toBe('oud-koog-a-d-zaan');
    expect(slugify('Kogerveld (Noord)')).toBe('kogerveld-noord');
  });
});
