/**
 * Issue 14, item 11: e-mail over real SMTP (nodemailer, to a tiny SMTP server in this test),
 * templates per municipality in B1 Dutch with Dutch dates, and letters for residents without
 * e-mail in a daily batch PDF (read back as text).
 */
import net from 'node:net';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeLetterDays, deliverOutbox } from '../src/modules/notifications/notifications.service.ts';
import { loadMailConfig } from '../src/modules/notifications/mail-transport.ts';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { formatDutchDate } from '../src/shared/dutch-date.ts';
import { createPass, createTenant, createUser, loginStaff, TENANT, type TestPass } from './support/fixtures.ts';
import { pdfText } from './support/pdf-text.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let admin: string;
let withEmail: TestPass;
let withoutEmail: TestPass;
const API = '/api/v1';
const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: { cookie: admin }, ...(payload ? { payload } : {}) });

/** A minimal SMTP server: it takes every message and keeps its raw text. */
function smtpServer() {
  const received: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current = '';
    socket.write('220 test.local ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(current);
            current = '';
            socket.write('250 queued\r\n');
          } else current += `${line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 test.local\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go on\r\n');
        } else if (verb === 'QUIT') {
          socket.write('221 bye\r\n');
          socket.end();
        } else socket.write('250 ok\r\n');
      }
    });
  });
  return { server, received };
}

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  withEmail = await createPass(db, { email: 'fatima@voorbeeld.test' });
  withoutEmail = await createPass(db);
  await db
    .insertInto('holder_addresses')
    .values({
      tenant_id: TENANT,
      holder_id: withoutEmail.holderId,
      street: 'Peperstraat',
      house_number: '12',
      postcode: '1502AB',
      city: 'Zaandam',
    })
    .execute();
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

describe('e-mail and letters', () => {
  it("write to each holder with the municipality's template: e-mail, or a letter in the day's batch", async () => {
    // The municipality's own subject for this kind of message; an unknown placeholder is refused.
    const bad = await call('PUT', '/message-templates/card-sent', { subject: 'Pas {{nummer}}', body: 'x {{foo}}' });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name)).toEqual([
      'body.subject',
      'body.body',
    ]);
    const templates = (await call('GET', '/message-templates')).json() as { items: { key: string; body: string }[] };
    const builtIn = templates.items.find((t) => t.key === 'card-sent')!;
    const own = await call('PUT', '/message-templates/card-sent', {
      subject: 'Uw {{pasnaam}} komt eraan',
      body: builtIn.body,
    });
    expect(own.statusCode, own.body).toBe(200);
    expect((own.json() as { custom: boolean }).custom).toBe(true);

    const made = await call('POST', '/card-batches', { passNumbers: [withEmail.number, withoutEmail.number] });
    const { batchId } = made.json() as { batchId: string };
    expect((await call('POST', `/card-batches/${batchId}/dispatch`)).statusCode).toBe(200);
    expect((await call('POST', `/card-batches/${batchId}/dispatch`)).statusCode).toBe(200); // twice: one message

    const db = ctx.database.db;
    const emails = await db.selectFrom('outbox_messages').selectAll().execute();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to_address: 'fatima@voorbeeld.test', subject: 'Uw Zaanse Pas komt eraan' });
    expect(emails[0]!.body_text).toContain(`Op ${formatDutchDate(new Date())} hebben we uw Zaanse Pas`);

    // Today's letter is not in a batch yet; the job closes the day once it is over.
    let batches = (await call('GET', '/letter-batches')).json() as { items: { date: string }[]; openCount: number };
    expect(batches).toEqual({ items: [], openCount: 1 });
    expect(await closeLetterDays(db, new Date())).toBe(0);
    expect(await closeLetterDays(db, new Date(Date.now() + 86_400_000))).toBe(1);
    const today = todayInNetherlands();
    batches = (await call('GET', '/letter-batches')).json() as typeof batches;
    expect(batches).toEqual({ items: [{ date: today, letterCount: 1 }], openCount: 0 });

    const pdf = await call('GET', `/letter-batches/${today}/letters.pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    const holder = await db
      .selectFrom('holders')
      .select('name')
      .where('id', '=', withoutEmail.holderId)
      .executeTakeFirstOrThrow();
    expect(text).toContain(holder.name);
    expect(text).toContain('Peperstraat 12');
    expect(text).toContain('1502AB  ZAANDAM');
    expect(text).toContain(`Zaanstad, ${formatDutchDate(new Date())}`);
    expect(text).toContain('Uw Zaanse Pas komt eraan');
    expect(text).toContain(`Beste ${holder.name},`);
    expect((await call('GET', '/letter-batches/2001-01-01/letters.pdf')).statusCode).toBe(404);

    // A proof before saving: the example resident, this municipality and today the Dutch way; saves nothing.
    const proof = await call('POST', '/message-templates/card-sent/preview', {
      subject: 'Uw {{pasnaam}} van {{gemeente}}',
      body: 'Beste {{naam}}, op {{datum}} kwam pas {{pasnummer}}. {{typfout}}',
    });
    expect(proof.statusCode, proof.body).toBe(200);
    const { subject, body } = proof.json() as { subject: string; body: string };
    expect(subject).toMatch(/^Uw Zaanse Pas van .+/);
    expect(body).toBe(`Beste Anna de Vries, op ${formatDutchDate(new Date())} kwam pas 6012 3456 7890 1. {{typfout}}`);
    expect(
      ((await call('GET', '/message-templates')).json() as { items: { key: string; subject: string }[] }).items.find(
        (t) => t.key === 'card-sent',
      )!.subject,
    ).toBe('Uw {{pasnaam}} komt eraan');
    expect((await call('POST', '/message-templates/no-such/preview', { subject: 'a', body: 'b' })).statusCode).toBe(
      404,
    );

    // Back to the built-in text.
    const reset = await call('DELETE', '/message-templates/card-sent');
    expect((reset.json() as { subject: string; custom: boolean }).custom).toBe(false);
  });

  it('send the outbox over SMTP once, and try a failed message again later', async () => {
    const { server, received } = smtpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const config = loadMailConfig({ STADSPAS_SMTP_URL: `smtp://127.0.0.1:${port}`, STADSPAS_MAIL_FROM: 'pas@test' });
      const mailer = nodemailer.createTransport(config.smtpUrl!);
      const db = ctx.database.db;
      const first = await deliverOutbox(db, mailer, { from: config.from });
      expect(first).toEqual({ sent: 1, failed: 0, bounced: 0 });
      expect(received).toHaveLength(1);
      expect(received[0]).toContain('To: fatima@voorbeeld.test');
      expect(received[0]).toContain('Subject: Uw Zaanse Pas komt eraan');
      expect(await deliverOutbox(db, mailer, { from: config.from })).toEqual({ sent: 0, failed: 0, bounced: 0 });

      await db
        .insertInto('outbox_messages')
        .values({ tenant_id: TENANT, to_address: 'x@voorbeeld.test', subject: 'Test', body_text: 'Hallo' })
        .execute();
      const broken = { sendMail: () => Promise.reject(new Error('connection refused')) };
      expect(await deliverOutbox(db, broken, { from: config.from })).toEqual({ sent: 0, failed: 1, bounced: 0 });
      // Not again at once; a minute later it goes.
      expect(await deliverOutbox(db, mailer, { from: config.from })).toEqual({ sent: 0, failed: 0, bounced: 0 });
      expect(await deliverOutbox(db, mailer, { from: config.from, now: new Date(Date.now() + 6 * 60_000) })).toEqual({
        sent: 1,
        failed: 0,
        bounced: 0,
      });
      expect(received).toHaveLength(2);
    } finally {
      server.close();
    }
  });

  it('are the pass organisation only', async () => {
    const anonymous = await ctx.app.inject({ url: `${API}/letter-batches` });
    expect(anonymous.statusCode).toBe(401);
    expect((await call('PUT', '/message-templates/no-such', { subject: 'a', body: 'b' })).statusCode).toBe(404);
  });
});
