import sharp from 'sharp';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { m4aDuration, mp3Duration, silentMp3 } from '../src/modules/media/audio-processing.ts';
import { byteRange } from '../src/modules/media/media.routes.ts';
import { createTenant, createUser, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * A story's photo and a podcast episode's audio, uploaded through the media module and checked by
 * their content; the Open Graph tags in the HTML of /verhalen/:slug as a crawler gets it; the
 * podcast RSS feed with every tag podcast apps require, parsed back.
 */
let ctx: TestContext;
let editor: string;
let chief: string;
const API = '/api/v1';

/** A phone photo: JPEG with the camera and a GPS position in EXIF. */
const photo = () =>
  sharp({ create: { width: 1500, height: 1000, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneCam' }, IFD3: { GPSLatitudeRef: 'N' } })
    .toBuffer();

/** An ISO base media box: size, type, body. */
const box = (type: string, ...body: Buffer[]) => {
  const content = Buffer.concat(body);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + content.length);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, content]);
};
/** A minimal M4A: ftyp, moov (mvhd of `seconds`, one track with handler `handler`), mdat. */
const m4a = (seconds: number, handler = 'soun') => {
  const mvhd = Buffer.alloc(100);
  mvhd.writeUInt32BE(1000, 12); // timescale
  mvhd.writeUInt32BE(seconds * 1000, 16); // duration
  const hdlr = Buffer.alloc(24);
  hdlr.write(handler, 8, 'latin1');
  return Buffer.concat([
    box('ftyp', Buffer.from('M4A \0\0\0\0isomM4A ', 'latin1')),
    box('moov', box('mvhd', mvhd), box('trak', box('mdia', box('hdlr', hdlr)))),
    box('mdat', Buffer.alloc(64)),
  ]);
};

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown, cookie: string | null = editor) =>
  ctx.app.inject({
    method,
    url: `${API}${url}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: cookie ? { cookie } : {},
  });
const uploadTo = (url: string, body: Buffer | string, contentType: string, cookie: string | null = editor) =>
  ctx.app.inject({
    method: 'POST',
    url: `${API}${url}`,
    payload: body,
    headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) },
  });
const invalidNames = (body: string) =>
  ((JSON.parse(body) as { invalidParams?: { name: string }[] }).invalidParams ?? []).map((p) => p.name).sort();

const createStory = async (slug: string, kind: string, extra: Record<string, unknown> = {}) => {
  const created = await call('POST', '/admin/stories', {
    slug,
    kind,
    title: `Verhaal ${slug}`,
    lead: 'Een korte inleiding "met" <tekens> & meer.',
    bodyMarkdown: 'Tekst.',
    links: [],
    ...extra,
  });
  expect(created.statusCode, created.body).toBe(201);
  const story = created.json() as { id: string };
  const submit = await call('POST', `/admin/stories/${story.id}/decisions`, { action: 'submit', version: 1 });
  expect(submit.statusCode, submit.body).toBe(200);
  return story.id;
};
const publish = async (id: string) => {
  const current = (await call('GET', `/admin/stories/${id}`)).json() as { version: number };
  const published = await call(
    'POST',
    `/admin/stories/${id}/decisions`,
    { action: 'publish', version: current.version },
    chief,
  );
  expect(published.statusCode, published.body).toBe(200);
};

beforeAll(async () => {
  ctx = await createTestApp({ publicUrl: 'https://pas.example.nl' });
  const db = ctx.database.db;
  await createTenant(db);
  await createUser(db, { role: 'editor', email: 'redactie@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, { role: 'chief_editor', email: 'hoofdredactie@test.demo', password: 'geheim-wachtwoord' });
  editor = await loginStaff(ctx.app, 'redactie@test.demo', 'geheim-wachtwoord');
  chief = await loginStaff(ctx.app, 'hoofdredactie@test.demo', 'geheim-wachtwoord');
});
afterAll(() => ctx?.close());

describe("a story's photo", () => {
  let storyId: string;

  it('needs alt text, is checked by content (no SVG), and loses its EXIF', async () => {
    storyId = await createStory('fietsen-in-de-wijk', 'wijk_event');
    const noAlt = await uploadTo(`/images?purpose=story&ownerId=${storyId}`, await photo(), 'image/jpeg');
    expect(noAlt.statusCode).toBe(400);
    expect(invalidNames(noAlt.body)).toEqual(['query.alt']);
    const svg = await uploadTo(
      `/images?purpose=story&ownerId=${storyId}&alt=logo`,
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
      'image/jpeg',
    );
    expect(svg.statusCode).toBe(415);
    expect(svg.headers['content-type']).toContain('application/problem+json');
    // Nobody but the editors adds photos to a story.
    expect(
      (await uploadTo(`/images?purpose=story&ownerId=${storyId}&alt=x`, await photo(), 'image/jpeg', null)).statusCode,
    ).toBe(401);

    const uploaded = await uploadTo(
      `/images?purpose=story&ownerId=${storyId}&alt=${encodeURIComponent('Kinderen op de fiets')}`,
      await photo(),
      'image/jpeg',
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const image = uploaded.json() as { srcset: string; src: string };
    const largest = image.srcset.split(', ').at(-1)!.split(' ')[0]!;
    const file = await ctx.app.inject({ method: 'GET', url: largest });
    expect(file.headers['content-type']).toBe('image/webp');
    const meta = await sharp(file.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.width).toBe(1280);
  });

  it('shows on the story, in lists, and in the Open Graph tags of its page as a crawler gets it', async () => {
    await publish(storyId);
    const list = (await call('GET', '/stories', undefined, null)).json() as {
      items: { slug: string; photo: { alt: string; srcset: string } | null }[];
    };
    expect(list.items.find((s) => s.slug === 'fietsen-in-de-wijk')?.photo?.alt).toBe('Kinderen op de fiets');
    const one = (await call('GET', '/stories/fietsen-in-de-wijk', undefined, null)).json() as {
      photo: { alt: string; width: number; height: number };
    };
    expect(one.photo).toMatchObject({ alt: 'Kinderen op de fiets', width: 1280, height: 853 });

    // A plain GET, as a social-media crawler does it: no script runs, the tags are in the HTML.
    const page = await ctx.app.inject({ method: 'GET', url: '/verhalen/fietsen-in-de-wijk' });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const html = page.body;
    const og = (property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
    expect(og('og:type')).toBe('article');
    expect(og('og:title')).toBe('Verhaal fietsen-in-de-wijk');
    // Escaped once, as HTML attributes are: no tag can break out of the attribute.
    expect(og('og:description')).toBe('Een korte inleiding &quot;met&quot; &lt;tekens&gt; &amp; meer.');
    expect(og('og:url')).toBe('https://pas.example.nl/verhalen/fietsen-in-de-wijk');
    expect(og('og:image')).toMatch(/^https:\/\/pas\.example\.nl\/api\/v1\/images\/[0-9a-f-]{36}\/1280\.webp$/);
    expect(og('og:image:alt')).toBe('Kinderen op de fiets');
    expect(html).toContain('<title>Verhaal fietsen-in-de-wijk | Zaanse Pas</title>');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<div id="root"></div>');

    // A story that is not public, or no story at all: the ordinary page, without tags.
    await createStory('nog-geheim', 'workshop');
    for (const url of ['/verhalen/nog-geheim', '/verhalen/bestaat-niet', '/verhalen'])
      expect((await ctx.app.inject({ method: 'GET', url })).body).not.toContain('og:title');
  });
});

describe('the podcast', () => {
  let episodeId: string;
  let audioUrl: string;

  it('reads MP3 and M4A by their content, with their duration', () => {
    expect(mp3Duration(silentMp3(5))).toBeCloseTo(5, 0);
    expect(m4aDuration(m4a(90))).toBe(90);
    expect(m4aDuration(m4a(90, 'vide'))).toBeUndefined();
    expect(mp3Duration(Buffer.from('ID3 not really an mp3 at all, just text'))).toBeUndefined();
    expect(byteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(byteRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(byteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(byteRange('bytes=2000-', 1000)).toBeUndefined();
    expect(byteRange('bytes=0-1,5-6', 1000)).toBeUndefined();
  });

  it('refuses a file that is not audio whatever its name says, a too-short one, and one for a non-episode', async () => {
    episodeId = await createStory('podcast-aflevering-1', 'podcast', {
      transcriptMarkdown: '**Gast:** Welkom.\n\n**Presentator:** Dank u.',
    });
    const text = await uploadTo(
      `/audio?storyId=${episodeId}`,
      Buffer.from('dit is geen geluid'.repeat(100)),
      'audio/mpeg',
    );
    expect(text.statusCode).toBe(415);
    expect(text.headers['content-type']).toContain('application/problem+json');
    const jpeg = await uploadTo(`/audio?storyId=${episodeId}`, await photo(), 'audio/mpeg');
    expect(jpeg.statusCode).toBe(415);
    const video = await uploadTo(`/audio?storyId=${episodeId}`, m4a(60, 'vide'), 'audio/mp4');
    expect(video.statusCode).toBe(415);
    const tooShort = await uploadTo(`/audio?storyId=${episodeId}`, silentMp3(0.1), 'audio/mpeg');
    expect(tooShort.statusCode).toBe(400);
    expect(invalidNames(tooShort.body)).toEqual(['body']);
    const notEpisode = await createStory('geen-podcast', 'workshop');
    const wrongKind = await uploadTo(`/audio?storyId=${notEpisode}`, silentMp3(3), 'audio/mpeg');
    expect(wrongKind.statusCode).toBe(400);
    expect(invalidNames(wrongKind.body)).toEqual(['query.storyId']);
    const tooBig = await uploadTo(`/audio?storyId=${episodeId}`, Buffer.alloc(51 * 1024 * 1024), 'audio/mpeg');
    expect(tooBig.statusCode).toBe(413);
    expect(
      (await ctx.database.db.selectFrom('media_audio').select('id').execute()).length,
      'nothing was kept of the refused files',
    ).toBe(0);
  });

  it('keeps an MP3 with its duration and serves it whole or by range', async () => {
    const mp3 = silentMp3(5);
    const uploaded = await uploadTo(`/audio?storyId=${episodeId}`, mp3, 'application/octet-stream');
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const audio = uploaded.json() as { url: string; byteLength: number; durationSeconds: number; contentType: string };
    expect(audio).toMatchObject({ contentType: 'audio/mpeg', byteLength: mp3.length, durationSeconds: 5 });
    audioUrl = audio.url;
    const whole = await ctx.app.inject({ method: 'GET', url: audioUrl });
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.rawPayload.equals(mp3)).toBe(true);
    const part = await ctx.app.inject({ method: 'GET', url: audioUrl, headers: { range: 'bytes=100-199' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${mp3.length}`);
    expect(part.rawPayload.equals(mp3.subarray(100, 200))).toBe(true);
  });

  it('lists a published episode in an RSS feed with every tag podcast apps need', async () => {
    await publish(episodeId);
    const story = (await call('GET', '/stories/podcast-aflevering-1', undefined, null)).json() as {
      audio: { url: string } | null;
      transcriptMarkdown: string;
    };
    expect(story.audio?.url).toBe(audioUrl);
    expect(story.transcriptMarkdown).toContain('Welkom');

    const response = await call('GET', '/story-feeds/podcast', undefined, null);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/rss+xml');
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(response.body) as {
      rss: { '@version': string; '@xmlns:itunes': string; 'channel': Record<string, unknown> };
    };
    expect(parsed.rss['@version']).toBe('2.0');
    expect(parsed.rss['@xmlns:itunes']).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
    const channel = parsed.rss.channel as Record<string, unknown> & {
      'itunes:image': { '@href': string };
      'itunes:category': { '@text': string };
      'item': Record<string, unknown> & {
        enclosure: { '@url': string; '@length': string; '@type': string };
        guid: { '#text': string; '@isPermaLink': string };
      };
    };
    for (const tag of ['title', 'link', 'description', 'language', 'itunes:author', 'itunes:explicit'])
      expect(channel[tag], tag).toBeDefined();
    expect(channel.language).toBe('nl');
    expect(channel['itunes:explicit']).toBe(false);
    expect(channel['itunes:image']['@href']).toBe('https://pas.example.nl/api/v1/story-feeds/podcast/artwork.png');
    expect(channel['itunes:category']['@text']).toBe('Government');
    const item = channel.item;
    expect(item.title).toBe('Verhaal podcast-aflevering-1');
    expect(item.link).toBe('https://pas.example.nl/verhalen/podcast-aflevering-1');
    expect(item.description).toBeTruthy();
    expect(item.guid).toEqual({ '#text': `urn:uuid:${episodeId}`, '@isPermaLink': 'false' });
    expect(new Date(item.pubDate as string).getTime()).not.toBeNaN();
    expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(item['itunes:duration']).toBe('00:00:05');
    expect(item.enclosure).toEqual({
      '@url': `https://pas.example.nl${audioUrl}`,
      '@length': String(silentMp3(5).length),
      '@type': 'audio/mpeg',
    });

    // The artwork the feed points at: a square PNG podcast apps accept (1400 to 3000 pixels).
    const artwork = await call('GET', '/story-feeds/podcast/artwork.png', undefined, null);
    expect(artwork.headers['content-type']).toBe('image/png');
    const meta = await sharp(artwork.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1400, 1400]);
  });
});
