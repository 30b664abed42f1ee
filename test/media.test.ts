import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOffer, createProvider, createTenant, createUser, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Pictures of offers, providers and routes: checked by their content (never by name or
 * Content-Type), resized into a few widths, kept without metadata, served with long cache headers.
 */
let ctx: TestContext;
let owner: string;
let otherOwner: string;
let provider: Awaited<ReturnType<typeof createProvider>>;
let offerId: string;

/** A photo as a phone makes it: 1600 × 1000 pixels, JPEG, with the camera and its GPS position in EXIF. */
const photo = () =>
  sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneCam', Model: 'Sportbuurt 3000' }, IFD3: { GPSLatitudeRef: 'N' } })
    .toBuffer();

const upload = (query: string, body: Buffer | string, contentType: string, cookie = owner) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/images?${query}`,
    payload: body,
    headers: { 'content-type': contentType, cookie },
  });

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  provider = await createProvider(db, { name: 'Fotostudio Zaandam' });
  const other = await createProvider(db, { name: 'Andere Aanbieder' });
  offerId = (await createOffer(db, provider, { title: 'Pasfoto met korting' })).id;
  for (const [email, providerId] of [
    ['eigenaar@foto.test', provider.id],
    ['ander@aanbieder.test', other.id],
  ] as const)
    await createUser(db, { role: 'provider_admin', email, password: 'geheim-wachtwoord', providerId });
  owner = await loginStaff(ctx.app, 'eigenaar@foto.test', 'geheim-wachtwoord');
  otherOwner = await loginStaff(ctx.app, 'ander@aanbieder.test', 'geheim-wachtwoord');
});
afterAll(() => ctx.close());

describe('uploading a picture', () => {
  it('resizes it into widths for srcset, removes EXIF and serves it for a year', async () => {
    const original = await photo();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const response = await upload(
      `purpose=offer&ownerId=${offerId}&alt=${encodeURIComponent('Een pasfoto in de studio')}`,
      original,
      'application/octet-stream',
    );
    expect(response.statusCode, response.body).toBe(201);
    const image = JSON.parse(response.body) as {
      id: string;
      width: number;
      height: number;
      srcset: string;
      src: string;
    };
    expect([image.width, image.height]).toEqual([1280, 800]);
    expect(image.srcset.split(', ').map((s) => s.split(' ')[1])).toEqual(['320w', '640w', '1280w']);

    const copy = await ctx.app.inject({ url: image.src });
    expect(copy.statusCode).toBe(200);
    expect(copy.headers['content-type']).toBe('image/webp');
    expect(copy.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const meta = await sharp(copy.rawPayload).metadata();
    expect([meta.format, meta.width, meta.exif, meta.xmp, meta.icc]).toEqual([
      'webp',
      320,
      undefined,
      undefined,
      undefined,
    ]);
    expect(copy.rawPayload.includes(Buffer.from('PhoneCam'))).toBe(false);

    const listed = await ctx.app.inject({ url: `/api/v1/images?purpose=offer&ownerId=${offerId}` });
    expect(JSON.parse(listed.body)).toMatchObject({ items: [{ id: image.id, alt: 'Een pasfoto in de studio' }] });
  });

  it('never makes a copy wider than the original', async () => {
    const small = await sharp({ create: { width: 500, height: 250, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    const response = await upload(`purpose=provider&ownerId=${provider.id}`, small, 'image/png');
    expect(response.statusCode, response.body).toBe(201);
    expect((JSON.parse(response.body) as { srcset: string }).srcset).toMatch(/320\.webp 320w, .*500\.webp 500w$/);
  });

  it('refuses a file that is not a JPEG, PNG or WebP by its content, with problem+json', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    for (const [body, type] of [
      [svg, 'image/png'], // an SVG that calls itself a PNG
      [Buffer.from('%PDF-1.7 nep'), 'image/jpeg'],
      [Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]), 'image/jpeg'], // JPEG magic, no picture
    ] as const) {
      const response = await upload(`purpose=offer&ownerId=${offerId}`, body, type);
      expect(response.statusCode).toBe(415);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(JSON.parse(response.body)).toMatchObject({ invalidParams: [{ name: 'body' }] });
    }
    const asSvg = await upload(`purpose=offer&ownerId=${offerId}`, svg, 'image/svg+xml');
    expect(asSvg.statusCode).toBe(415);
  });

  it("lets a provider manage its own offers' pictures only, and only the pass organisation a route's", async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    expect((await upload(`purpose=offer&ownerId=${offerId}`, png, 'image/png', otherOwner)).statusCode).toBe(403);
    const route = await ctx.database.db.selectFrom('routes').select('id').executeTakeFirst();
    if (route) expect((await upload(`purpose=route&ownerId=${route.id}`, png, 'image/png')).statusCode).toBe(403);
    expect((await upload(`purpose=offer&ownerId=${offerId}`, png, 'image/png', '')).statusCode).toBe(401);
  });
});
