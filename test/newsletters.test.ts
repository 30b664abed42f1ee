import { createServer, type AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_BOUNCE_SECRET } from '../src/config.ts';
import type { Principal } from '../src/modules/access/principal.ts';
import {
  endHolderSubscription,
  NEWSLETTER_SEND_QUEUE,
  NewslettersService,
} from '../src/modules/newsletters/newsletters.service.ts';
import { authorizeBounceReport, deliverOutbox } from '../src/modules/notifications/notifications.service.ts';
import { JobRunner } from '../src/shared/jobs.ts';
import {
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginStaff,
  TENANT,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Newsletters: double opt-in (nothing before the confirmation, one confirmation for two
 * subscriptions), single-purpose expiring links, editions per interest with one-click unsubscribe
 * headers, sending as a background job that resumes after a stop without writing to anyone twice
 * (run with DATABASE_URL for PostgreSQL), and the figures per edition.
 */
let ctx: TestContext;
let admin: string;
let editor: string;
const API = '/api/v1';

const call = (
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
  cookie: string | null = admin,
) =>
  ctx.app.inject({
    method,
    url: `${API}${url}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: cookie ? { cookie } : {},
  });
const invalidNames = (body: string) =>
  ((JSON.parse(body) as { invalidParams?: { name: string }[] }).invalidParams ?? []).map((p) => p.name).sort();

const outboxTo = (email: string) =>
  ctx.database.db
    .selectFrom('outbox_messages')
    .select(['subject', 'body_text', 'headers'])
    .where('to_address', '=', email)
    .orderBy('created_at')
    .execute();
const tokenIn = (text: string, path: string) =>
  decodeURIComponent(new RegExp(`${path}\\?token=([A-Za-z0-9_%-]+)`).exec(text)?.[1] ?? '');

async function publishStory(slug: string, title: string, wijk: string) {
  const db = ctx.database.db;
  const { id } = await db
    .insertInto('stories')
    .values({
      tenant_id: TENANT,
      slug,
      kind: 'wijk_event',
      title,
      lead: `Nieuws uit de wijk: ${title}`,
      status: 'published',
      publish_at: new Date(Date.now() - 3_600_000),
      author_id: 'user:test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('story_links').values({ tenant_id: TENANT, story_id: id, kind: 'wijk', target: wijk }).execute();
}

async function sendAndWait(editionId: string) {
  expect((await call('POST', `/newsletter-editions/${editionId}/sending`)).statusCode).toBe(202);
  await expect
    .poll(async () => (await call('GET', `/newsletter-editions/${editionId}`)).json().status, {
      timeout: 30_000,
      interval: 100,
    })
    .toBe('sent');
}

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, { role: 'editor', email: 'redactie@test.demo', password: 'geheim-wachtwoord' });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  editor = await loginStaff(ctx.app, 'redactie@test.demo', 'geheim-wachtwoord');
  await publishStory('feest-in-poelenburg', 'Feest in Poelenburg', 'WK047912');
  await publishStory('markt-in-zaandam-zuid', 'Markt in Zaandam-Zuid', 'WK047901');
});

afterAll(async () => {
  await ctx?.close();
});

describe('subscribing', () => {
  it('answers malformed input with a problem naming every invalid field, and stores nothing', async () => {
    const bad = await call('POST', '/newsletter-subscriptions', { email: 'geen-adres', language: 'xx' }, null);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(invalidNames(bad.body)).toEqual(expect.arrayContaining(['body.email', 'body.language']));
    const unknown = await call(
      'POST',
      '/newsletter-subscriptions',
      { email: 'a@example.nl', wijken: ['WK047912', 'WK999999'], routes: ['geen-route'] },
      null,
    );
    expect(unknown.statusCode).toBe(400);
    expect(invalidNames(unknown.body)).toEqual(['body.routes.0', 'body.wijken.1']);
    expect(await outboxTo('a@example.nl')).toEqual([]);
  });

  it('sends one confirmation for two subscriptions, and nothing else before it is confirmed', async () => {
    const first = await call(
      'POST',
      '/newsletter-subscriptions',
      { email: 'Anna@Example.nl', wijken: ['WK047912'] },
      null,
    );
    const second = await call(
      'POST',
      '/newsletter-subscriptions',
      { email: 'anna@example.nl', wijken: ['WK047912'] },
      null,
    );
    expect([first.statusCode, second.statusCode]).toEqual([202, 202]);
    expect(second.json()).toEqual(first.json());
    const mails = await outboxTo('anna@example.nl');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('Bevestig');

    // An edition sent now does not reach the unconfirmed address.
    const edition = (await call('POST', '/newsletter-editions', { audience: 'residents', title: 'Vooraf' })).json();
    await sendAndWait(edition.id);
    expect(await outboxTo('anna@example.nl')).toHaveLength(1);
  });

  it('confirms with the link once; a wrong or used link is refused', async () => {
    const [mail] = await outboxTo('anna@example.nl');
    const token = tokenIn(mail!.body_text, '/nieuwsbrief/bevestigen');
    expect(token.length).toBeGreaterThan(30);
    const wrong = await call('POST', `/newsletter-confirmations?token=${'x'.repeat(43)}`, undefined, null);
    expect(wrong.statusCode).toBe(410);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    const malformed = await call('POST', '/newsletter-confirmations?token=<script>', undefined, null);
    expect(malformed.statusCode).toBe(400);
    const ok = await call('POST', `/newsletter-confirmations?token=${token}`, undefined, null);
    expect(ok.json()).toEqual({ confirmed: true, language: 'nl' });
    expect((await call('POST', `/newsletter-confirmations?token=${token}`, undefined, null)).statusCode).toBe(410);
  });

  it('does not confirm with an expired link', async () => {
    expect((await call('POST', '/newsletter-subscriptions', { email: 'laat@example.nl' }, null)).statusCode).toBe(202);
    const [mail] = await outboxTo('laat@example.nl');
    await ctx.database.db
      .updateTable('newsletter_subscribers')
      .set({ confirm_expires_at: new Date(Date.now() - 1000) })
      .where('email', '=', 'laat@example.nl')
      .execute();
    const token = tokenIn(mail!.body_text, '/nieuwsbrief/bevestigen');
    expect((await call('POST', `/newsletter-confirmations?token=${token}`, undefined, null)).statusCode).toBe(410);
  });
});

describe('editions', () => {
  let editionId: string;

  it('lets editors compose and preview per interest, but not send; anonymous callers do neither', async () => {
    expect((await call('GET', '/newsletter-editions', undefined, null)).statusCode).toBe(401);
    const composed = await call('POST', '/newsletter-editions', { audience: 'residents', title: 'December' }, editor);
    expect(composed.statusCode).toBe(201);
    editionId = composed.json().id;
    const titles = (composed.json().items as { title: string }[]).map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(['Feest in Poelenburg', 'Markt in Zaandam-Zuid']));
    const preview = await call(
      'GET',
      `/newsletter-editions/${editionId}/preview?wijk=WK047912&language=en`,
      undefined,
      editor,
    );
    expect(preview.statusCode).toBe(200);
    expect(preview.json().text).toContain('Feest in Poelenburg');
    expect(preview.json().text).not.toContain('Markt in Zaandam-Zuid');
    expect(preview.json().text).toContain('Unsubscribe with one click');
    expect(preview.json().headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect((await call('POST', `/newsletter-editions/${editionId}/sending`, undefined, editor)).statusCode).toBe(403);
    const bad = await call('POST', '/newsletter-editions', { audience: 'iedereen', title: '' }, editor);
    expect(invalidNames(bad.body)).toEqual(expect.arrayContaining(['body.audience', 'body.title']));
  });

  it('sends each confirmed reader only the news of their wijk, with one-click unsubscribe headers, once', async () => {
    await sendAndWait(editionId);
    const again = await call('POST', `/newsletter-editions/${editionId}/sending`);
    expect(again.statusCode).toBe(409);
    const mails = await outboxTo('anna@example.nl');
    expect(mails).toHaveLength(2);
    const edition = mails[1]!;
    expect(edition.body_text).toContain('Feest in Poelenburg');
    expect(edition.body_text).not.toContain('Markt in Zaandam-Zuid');
    expect(edition.body_text).not.toMatch(/<img|pixel/i);
    expect(edition.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const headerUrl = /^<(.+)>$/.exec(edition.headers!['List-Unsubscribe']!)![1]!;
    expect(headerUrl).toMatch(/\/api\/v1\/newsletter-unsubscriptions\?token=/);
    expect(tokenIn(edition.body_text, '/nieuwsbrief/afmelden')).toBe(tokenIn(headerUrl, '/newsletter-unsubscriptions'));
    const figures = (await call('GET', `/newsletter-editions/${editionId}`)).json().figures;
    expect(figures).toEqual({ recipients: 1, sent: 0, bounced: 0, softBounced: 0, unsubscribed: 0 });
  });

  it('hands the headers to the SMTP transport, and counts what it took', async () => {
    const taken: { to: string; headers?: Record<string, string> }[] = [];
    await deliverOutbox(ctx.database.db, { sendMail: async (m) => void taken.push(m) }, { from: 'test@localhost' });
    const mine = taken.filter((m) => m.to === 'anna@example.nl');
    expect(mine.map((m) => m.headers?.['List-Unsubscribe-Post'] ?? null)).toEqual([null, 'List-Unsubscribe=One-Click']);
    const figures = (await call('GET', `/newsletter-editions/${editionId}`)).json().figures;
    expect(figures).toMatchObject({ recipients: 1, sent: 1 });
  });

  it('unsubscribes in one click as RFC 8058 posts it; the next edition does not go there', async () => {
    const mails = await outboxTo('anna@example.nl');
    const token = tokenIn(mails[1]!.body_text, '/nieuwsbrief/afmelden');
    const click = await ctx.app.inject({
      method: 'POST',
      url: `${API}/newsletter-unsubscriptions?token=${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(click.statusCode).toBe(200);
    expect(click.json()).toEqual({ unsubscribed: true });
    expect((await call('POST', `/newsletter-unsubscriptions?token=${token}`, undefined, null)).statusCode).toBe(200);
    expect((await call('GET', `/newsletter-editions/${editionId}`)).json().figures.unsubscribed).toBe(1);
    const next = (await call('POST', '/newsletter-editions', { audience: 'residents', title: 'Januari' })).json();
    await sendAndWait(next.id);
    expect(await outboxTo('anna@example.nl')).toHaveLength(2);
  });

  it('writes to holders who opted in, in the channel they chose', async () => {
    const pass = await createPass(ctx.database.db, { email: 'houder@example.nl' });
    const letterPass = await createPass(ctx.database.db);
    const service = new NewslettersService(ctx.database.db, ctx.config);
    const resident = (holderId: string): Principal => ({
      kind: 'resident',
      tenantId: TENANT,
      userId: holderId,
      holderId,
      name: 'Houder',
    });
    await service.setHolderSubscription(resident(pass.holderId), { channel: 'email', wijken: ['WK047901'] });
    expect(await service.holderSubscription(resident(pass.holderId))).toMatchObject({
      subscribed: true,
      channel: 'email',
    });
    await service.setHolderSubscription(resident(letterPass.holderId), { channel: 'letter' });
    await ctx.database.db
      .insertInto('holder_addresses')
      .values({
        tenant_id: TENANT,
        holder_id: letterPass.holderId,
        street: 'Dam',
        house_number: '1',
        postcode: '1506 AA',
        city: 'Zaandam',
      })
      .execute();
    const edition = (await call('POST', '/newsletter-editions', { audience: 'residents', title: 'Februari' })).json();
    await sendAndWait(edition.id);
    const [mail] = await outboxTo('houder@example.nl');
    expect(mail!.body_text).toContain('Markt in Zaandam-Zuid');
    expect(mail!.body_text).not.toContain('Feest in Poelenburg');
    expect(mail!.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const letters = await ctx.database.db
      .selectFrom('letters')
      .select(['subject', 'body_text'])
      .where('holder_id', '=', letterPass.holderId)
      .execute();
    expect(letters).toHaveLength(1);
    expect(letters[0]!.subject).toBe('Zaanse Pas: Februari');
    // Erasing the holder (holder-file) ends the opt-in.
    await endHolderSubscription(ctx.database.db, TENANT, letterPass.holderId, new Date());
    expect(await service.holderSubscription(resident(letterPass.holderId))).toMatchObject({ subscribed: false });
  });

  it("sends the providers' newsletter to provider contacts, with no figure about fewer than 10 people", async () => {
    const provider = await createProvider(ctx.database.db, { name: 'Bakkerij Zaanzoet' });
    await ctx.database.db
      .updateTable('providers')
      .set({ email: 'bakker@example.nl' })
      .where('id', '=', provider.id)
      .execute();
    const composed = await call('POST', '/newsletter-editions', {
      audience: 'providers',
      title: 'Voor aanbieders',
      tips: 'Zet uw aanbod ook in de agenda.',
    });
    expect(composed.statusCode).toBe(201);
    const kinds = (composed.json().items as { kind: string }[]).map((i) => i.kind);
    expect(kinds).toContain('route');
    expect(kinds).not.toContain('figure'); // the test town has fewer than 10 passes
    await sendAndWait(composed.json().id);
    const mails = await outboxTo('bakker@example.nl');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body_text).toContain('Zet uw aanbod ook in de agenda.');
    expect(await outboxTo('houder@example.nl')).toHaveLength(1);
  });
});

describe("the providers' figures of the pass as a whole", () => {
  it('asks the passes and redemptions modules, and leaves out a figure about fewer than 10 people', async () => {
    // A town of its own, so the counts are exactly what this test made.
    const db = ctx.database.db;
    const town = await createTenant(db, 'figuren');
    const passes = await Promise.all(Array.from({ length: 10 }, () => createPass(db, { tenantId: town })));
    await createPass(db, { tenantId: town, status: 'blocked' });
    await createPass(db, { tenantId: town, validUntil: '2021-12-31' });
    const provider = await createProvider(db, { tenantId: town });
    const offer = await createOffer(db, provider, {}, town);
    const redemption = (passId: string, extra: object = {}) => ({
      tenant_id: town,
      offer_id: offer.id,
      pass_id: passId,
      provider_id: provider.id,
      price_cents: 0,
      channel: 'seed' as const,
      ...extra,
    });
    const recent = await db
      .insertInto('redemptions')
      .values([
        ...passes.map((p) => redemption(p.id)),
        redemption(passes[0]!.id),
        // Not counted: cancelled, or older than 30 days.
        redemption(passes[1]!.id, { cancelled_at: new Date() }),
        redemption(passes[2]!.id, { created_at: new Date(Date.now() - 40 * 86_400_000) }),
      ])
      .returning(['id', 'pass_id'])
      .execute();
    const service = new NewslettersService(db, ctx.config);
    const staff: Principal = {
      kind: 'staff',
      tenantId: town,
      userId: 'figures-test',
      role: 'org_admin',
      providerId: null,
      name: 'beheer',
    };
    const figures = async () =>
      (await service.compose(staff, { audience: 'providers', title: 'Cijfers' })).items
        .filter((i) => i.kind === 'figure')
        .map((i) => i.title);
    expect(await figures()).toEqual(['10 geldige passen', '11 keer gebruikt in de laatste 30 dagen, met 10 passen']);

    // The last pass's only use cancelled: 9 passes used it, too few to say how often.
    const last = recent.find((r) => r.pass_id === passes[9]!.id)!;
    await db.updateTable('redemptions').set({ cancelled_at: new Date() }).where('id', '=', last.id).execute();
    expect(await figures()).toEqual(['10 geldige passen']);
  });
});

describe('a send that stops halfway', () => {
  it('resumes without writing to anyone twice, and skips who unsubscribed in between', async () => {
    const db = ctx.database.db;
    const emails = Array.from({ length: 23 }, (_, i) => `lezer${i}@example.nl`);
    await db
      .insertInto('newsletter_subscribers')
      .values(
        emails.map((email) => ({
          tenant_id: TENANT,
          audience: 'residents' as const,
          email,
          status: 'confirmed' as const,
        })),
      )
      .execute();
    const edition = (await call('POST', '/newsletter-editions', { audience: 'residents', title: 'Maart' })).json();
    const confirmed = await db
      .selectFrom('newsletter_subscribers')
      .select(['id', 'email'])
      .where('audience', '=', 'residents')
      .where('status', '=', 'confirmed')
      .execute();

    // The app's runner is stopped, so only the runner made here works the job until it stops.
    await ctx.app.deps.jobs.stop();
    const first = new JobRunner(ctx.database);
    let unsubscribed: string | undefined;
    const service = new NewslettersService(db, ctx.config, first);
    first.register({
      name: NEWSLETTER_SEND_QUEUE,
      run: (data, signal) =>
        service.work(data as never, signal, {
          batchSize: 5,
          afterBatch: async (n) => {
            if (n !== 0) return;
            // Someone who has not got it yet unsubscribes, then the process is stopped.
            const next = await db
              .selectFrom('newsletter_subscribers as s')
              .select('s.id')
              .where('s.status', '=', 'confirmed')
              .where('s.email', 'like', 'lezer%')
              .where(({ not, exists, selectFrom }) =>
                not(
                  exists(
                    selectFrom('newsletter_deliveries as d')
                      .select('d.subscriber_id')
                      .whereRef('d.subscriber_id', '=', 's.id'),
                  ),
                ),
              )
              .orderBy('s.id', 'desc')
              .executeTakeFirstOrThrow();
            unsubscribed = next.id;
            await db
              .updateTable('newsletter_subscribers')
              .set({ status: 'unsubscribed' })
              .where('id', '=', next.id)
              .execute();
            void first.stop();
            await new Promise((resolve) => setTimeout(resolve, 20));
          },
        }),
    });
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'beheer@test.demo')
      .executeTakeFirstOrThrow();
    const principal: Principal = {
      kind: 'staff',
      tenantId: TENANT,
      userId: user.id,
      role: 'org_admin',
      providerId: null,
      name: 'beheer',
    };
    expect((await service.send(principal, edition.id)).status).toBe('sending');
    await expect.poll(() => first.started, { timeout: 30_000, interval: 50 }).toBe(false);
    const halfway = await db
      .selectFrom('newsletter_deliveries')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('edition_id', '=', edition.id)
      .executeTakeFirstOrThrow();
    expect(Number(halfway.n)).toBe(5);
    expect((await call('GET', `/newsletter-editions/${edition.id}`)).json().status).toBe('sending');

    // After the restart the app's runner takes the job again and finishes it.
    await ctx.app.deps.jobs.start();
    await expect
      .poll(async () => (await call('GET', `/newsletter-editions/${edition.id}`)).json().status, {
        timeout: 60_000,
        interval: 100,
      })
      .toBe('sent');
    const deliveries = await db
      .selectFrom('newsletter_deliveries')
      .select('subscriber_id')
      .where('edition_id', '=', edition.id)
      .execute();
    const delivered = deliveries.map((d) => d.subscriber_id).sort();
    expect(new Set(delivered).size).toBe(delivered.length);
    expect(delivered).toEqual(
      confirmed
        .map((s) => s.id)
        .filter((id) => id !== unsubscribed)
        .sort(),
    );
    const messages = await db
      .selectFrom('outbox_messages')
      .select(['to_address'])
      .where('subject', '=', 'Zaanse Pas: Maart')
      .execute();
    const recipients = messages.map((m) => m.to_address).sort();
    expect(new Set(recipients).size).toBe(recipients.length);
    const gone = confirmed.find((s) => s.id === unsubscribed)!.email!;
    expect(recipients).not.toContain(gone);
    const readers = confirmed.flatMap((s) => (s.email && s.id !== unsubscribed ? [s.email] : []));
    expect(recipients).toEqual(expect.arrayContaining(readers));
    expect(recipients).toHaveLength(readers.length + 1); // and the holder who opted in by e-mail
  });

  it('never writes twice when two workers send the same edition at once', async () => {
    const db = ctx.database.db;
    const edition = (await call('POST', '/newsletter-editions', { audience: 'residents', title: 'April' })).json();
    await db.updateTable('newsletter_editions').set({ status: 'sending' }).where('id', '=', edition.id).execute();
    const service = new NewslettersService(db, ctx.config);
    const job = { tenantId: TENANT, editionId: edition.id };
    const signal = new AbortController().signal;
    await Promise.all([service.work(job, signal, { batchSize: 3 }), service.work(job, signal, { batchSize: 4 })]);
    const messages = await db
      .selectFrom('outbox_messages')
      .select('to_address')
      .where('subject', '=', 'Zaanse Pas: April')
      .execute();
    const recipients = messages.map((m) => m.to_address);
    expect(recipients.length).toBeGreaterThan(10);
    expect(new Set(recipients).size).toBe(recipients.length);
  });
});

/**
 * A small SMTP server that refuses some recipients the way real servers do: 550 5.1.1 (no such
 * mailbox: a hard bounce) and 452 4.2.2 (mailbox full: a soft one). It offers DSN, and keeps what
 * it was told, so the test sees the envelope and the headers nodemailer really sent.
 */
async function refusingSmtpServer(refuse: Record<string, string>) {
  const commands: string[] = [];
  const messages: string[] = [];
  const server = createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let data: string[] | null = null;
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line === '.') {
            messages.push(data.join('\n'));
            data = null;
            socket.write('250 2.0.0 queued\r\n');
          } else data.push(line);
          continue;
        }
        commands.push(line);
        const verb = line.slice(0, 4).toUpperCase();
        const rcpt = /^RCPT TO:<([^>]+)>/i.exec(line)?.[1];
        if (verb === 'EHLO') socket.write('250-test\r\n250-DSN\r\n250 8BITMIME\r\n');
        else if (rcpt && refuse[rcpt]) socket.write(`${refuse[rcpt]}\r\n`);
        else if (verb === 'DATA') {
          data = [];
          socket.write('354 go on\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 2.0.0 ok\r\n');
      }
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, commands, messages, close: () => new Promise((resolve) => server.close(resolve)) };
}

const basic = (secret: string) => `Basic ${Buffer.from(`bounces:${secret}`).toString('base64')}`;
const postBounce = (payload: string | object, contentType: string, secret: string | null = DEVELOPMENT_BOUNCE_SECRET) =>
  ctx.app.inject({
    method: 'POST',
    url: `${API}/mail-bounces`,
    headers: { 'content-type': contentType, ...(secret === null ? {} : { authorization: basic(secret) }) },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

/** A bounce e-mail as Postfix writes it: multipart/report with the DSN and the returned headers. */
const dsnMail = (o: { to: string; recipient: string; status: string; action?: string; messageId?: string }) =>
  [
    'From: MAILER-DAEMON@mx.zaansepas.test (Mail Delivery System)',
    `To: ${o.to}`,
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="B0UND"',
    '',
    '--B0UND',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'I am sorry to have to inform you that your message could not be delivered.',
    '',
    '--B0UND',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.zaansepas.test',
    'Arrival-Date: Mon, 7 Dec 2026 10:00:00 +0100',
    '',
    `Final-Recipient: rfc822; ${o.recipient}`,
    `Original-Recipient: rfc822;${o.recipient}`,
    `Action: ${o.action ?? 'failed'}`,
    `Status: ${o.status}`,
    `Diagnostic-Code: smtp; 550 ${o.status} <${o.recipient}>: Recipient address rejected`,
    '',
    '--B0UND',
    'Content-Type: text/rfc822-headers',
    '',
    'From: Zaanse Pas <nieuws@zaansepas.test>',
    ...(o.messageId ? [`Message-ID: ${o.messageId}`] : []),
    'Subject: Zaanse Pas: Bounces',
    '',
    '--B0UND--',
    '',
  ].join('\r\n');

describe('bounces', () => {
  const readers = ['weg@example.org', 'vol@example.org', 'later@example.org', 'json@example.org'];
  let editionId: string;
  let server: Awaited<ReturnType<typeof refusingSmtpServer>>;
  const messageTo = async (email: string) =>
    ctx.database.db
      .selectFrom('outbox_messages')
      .select(['id', 'tenant_id', 'bounce_kind', 'bounce_status', 'sent_at'])
      .where('to_address', '=', email)
      .where('subject', '=', 'Zaanse Pas: Bounces')
      .executeTakeFirstOrThrow();
  const statusOf = async (email: string) =>
    (
      await ctx.database.db
        .selectFrom('newsletter_subscribers')
        .select('status')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).status;
  const figures = async () => (await call('GET', `/newsletter-editions/${editionId}`)).json().figures;

  beforeAll(async () => {
    await ctx.database.db
      .insertInto('newsletter_subscribers')
      .values(
        readers.map((email) => ({
          tenant_id: TENANT,
          audience: 'residents' as const,
          email,
          status: 'confirmed' as const,
        })),
      )
      .execute();
    server = await refusingSmtpServer({
      'weg@example.org': '550 5.1.1 <weg@example.org>: Recipient address rejected: User unknown',
      'vol@example.org': '452 4.2.2 <vol@example.org>: Mailbox full',
    });
    // Whatever earlier tests left in the outbox goes first, so this test sees only its own e-mails.
    await deliverOutbox(
      ctx.database.db,
      { sendMail: async () => undefined },
      { from: 'test@localhost', batchSize: 1000 },
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('counts a refusal at send time: 5.x.x stops the address and is not tried again, 4.x.x is tried again', async () => {
    editionId = (await call('POST', '/newsletter-editions', { audience: 'residents', title: 'Bounces' })).json().id;
    await sendAndWait(editionId);
    const mailer = nodemailer.createTransport({ host: '127.0.0.1', port: server.port, secure: false, ignoreTLS: true });
    const options = {
      from: 'Zaanse Pas <nieuws@zaansepas.test>',
      bounceAddress: 'bounces@zaansepas.test',
      listeners: ctx.app.deps.mailBounceListeners,
      batchSize: 1000,
    };
    const first = await deliverOutbox(ctx.database.db, mailer, options);
    expect(first.bounced).toBe(2);
    expect(await messageTo('weg@example.org')).toMatchObject({
      bounce_kind: 'hard',
      bounce_status: '5.1.1',
      sent_at: null,
    });
    expect(await messageTo('vol@example.org')).toMatchObject({
      bounce_kind: 'soft',
      bounce_status: '4.2.2',
      sent_at: null,
    });
    expect(await statusOf('weg@example.org')).toBe('bounced');
    expect(await statusOf('vol@example.org')).toBe('confirmed');

    // Each e-mail named itself: VERP return path and ENVID in the envelope, its Message-ID in the headers.
    const later = await messageTo('later@example.org');
    const reference = `${later.id}.${later.tenant_id}`;
    expect(server.commands).toContain(`MAIL FROM:<bounces+${reference}@zaansepas.test> RET=HDRS ENVID=${reference}`);
    expect(server.messages.some((m) => m.includes(`Message-ID: <${reference}@zaansepas.test>`))).toBe(true);

    // A minute later: the soft bounce is tried again, the hard one never.
    server.commands.length = 0;
    await deliverOutbox(ctx.database.db, mailer, { ...options, now: new Date(Date.now() + 2 * 60_000) });
    const tried = server.commands.filter((c) => c.startsWith('RCPT TO'));
    expect(tried.some((c) => c.includes('vol@example.org'))).toBe(true);
    expect(tried.some((c) => c.includes('weg@example.org'))).toBe(false);
    expect(await figures()).toMatchObject({ recipients: expect.any(Number), bounced: 1, softBounced: 1 });
  });

  it('takes a DSN from the mail system: a hard bounce found by its VERP address stops the address, once', async () => {
    const later = await messageTo('later@example.org');
    expect(later.sent_at).not.toBeNull();
    const mail = dsnMail({
      to: `bounces+${later.id}.${later.tenant_id}@zaansepas.test`,
      recipient: 'later@example.org',
      status: '5.1.1',
    });
    const answer = await postBounce(mail, 'message/rfc822');
    expect(answer.statusCode).toBe(200);
    expect(answer.json().items).toEqual([
      { recipient: 'later@example.org', status: '5.1.1', kind: 'hard', outcome: 'recorded' },
    ]);
    expect(await statusOf('later@example.org')).toBe('bounced');
    expect((await figures()).bounced).toBe(2);
    // The same report again (the poller read the mailbox twice): counted once.
    const again = await postBounce(mail, 'message/rfc822');
    expect(again.json().items[0].outcome).toBe('duplicate');
    expect((await figures()).bounced).toBe(2);
    // The admin page's list of addresses that do not work.
    const bounced = (await call('GET', '/newsletter-bounces')).json().items as { email: string; status: string }[];
    expect(bounced).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: 'later@example.org', status: '5.1.1' }),
        expect.objectContaining({ email: 'weg@example.org', status: '5.1.1' }),
      ]),
    );
    expect((await call('GET', '/newsletter-bounces', undefined, null)).statusCode).toBe(401);
  });

  it('takes JSON and a bare delivery-status part; a soft bounce is counted once and stops nothing', async () => {
    const json = await messageTo('json@example.org');
    const report = {
      recipient: 'JSON@example.org',
      status: '4.2.2',
      messageId: `<${json.id}.${json.tenant_id}@zaansepas.test>`,
    };
    expect((await postBounce(report, 'application/json')).json().items[0]).toMatchObject({
      kind: 'soft',
      outcome: 'recorded',
    });
    expect((await postBounce(report, 'application/json')).json().items[0].outcome).toBe('duplicate');
    expect(await statusOf('json@example.org')).toBe('confirmed');
    expect(await figures()).toMatchObject({ bounced: 2, softBounced: 2 });
    // The DSN part alone, linked by the envelope id the SMTP server returns; a later hard bounce counts.
    const part = `Reporting-MTA: dns; mx.test\nOriginal-Envelope-Id: ${json.id}.${json.tenant_id}\n\nFinal-Recipient: rfc822; json@example.org\nAction: failed\nStatus: 5.2.1 (mailbox disabled)\n`;
    expect((await postBounce(part, 'message/delivery-status')).json().items[0]).toMatchObject({
      kind: 'hard',
      outcome: 'recorded',
    });
    expect(await statusOf('json@example.org')).toBe('bounced');
    expect(await figures()).toMatchObject({ bounced: 3, softBounced: 1 });
    // A report that names no e-mail of ours, or another address than the e-mail went to, changes nothing.
    const unknown = dsnMail({
      to: 'bounces@zaansepas.test',
      recipient: 'x@example.org',
      status: '5.1.1',
      messageId: '<00000000-0000-4000-8000-000000000000.zaanstad@zaansepas.test>',
    });
    expect((await postBounce(unknown, 'message/rfc822')).json().items[0].outcome).toBe('unknown-message');
    const vol = await messageTo('vol@example.org');
    const other = { recipient: 'iemand-anders@example.org', status: '5.1.1', messageId: `${vol.id}.${vol.tenant_id}` };
    expect((await postBounce(other, 'application/json')).json().items[0].outcome).toBe('other-recipient');
    expect(await statusOf('vol@example.org')).toBe('confirmed');
  });

  it('refuses a report without the secret, with a wrong one, and everything when no secret is configured', async () => {
    const report = { recipient: 'vol@example.org', status: '5.1.1', messageId: 'x' };
    for (const secret of [null, 'geraden']) {
      const refused = await postBounce(report, 'application/json', secret);
      expect(refused.statusCode).toBe(401);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
    expect(() => authorizeBounceReport(undefined, DEVELOPMENT_BOUNCE_SECRET)).toThrow(/no bounce secret/);
    expect(() => authorizeBounceReport('s'.repeat(40), 's'.repeat(40))).not.toThrow();
    expect(await statusOf('vol@example.org')).toBe('confirmed');
  });

  it('answers a malformed report with a problem naming every field', async () => {
    const json = await postBounce({ recipient: 'geen-adres', status: '550', messageId: '' }, 'application/json');
    expect(json.statusCode).toBe(400);
    expect(invalidNames(json.body)).toEqual(['body.messageId', 'body.recipient', 'body.status']);
    const noDsn = await postBounce('From: a@b.test\r\nSubject: hallo\r\n\r\nGeen rapport.', 'message/rfc822');
    expect(noDsn.statusCode).toBe(400);
    expect(invalidNames(noDsn.body)).toEqual(['body']);
    const bad = await postBounce(
      'Reporting-MTA: dns; mx.test\n\nFinal-Recipient: niemand\nAction: failed\n',
      'message/delivery-status',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(invalidNames(bad.body)).toEqual(['body.recipients.0.Final-Recipient', 'body.recipients.0.Status']);
  });

  it('lets an address that bounced subscribe again: the confirmation is sent', async () => {
    expect((await call('POST', '/newsletter-subscriptions', { email: 'weg@example.org' }, null)).statusCode).toBe(202);
    expect(await statusOf('weg@example.org')).toBe('pending');
    const mails = await outboxTo('weg@example.org');
    expect(mails.at(-1)!.subject).toContain('Bevestig');
  });
});
