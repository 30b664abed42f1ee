import { loadConfig } from '../../config.ts';
import type { DemoContext } from '../../http/module-manifest.ts';
import { hashSecret, newSecret } from '../../shared/tokens.ts';
import { enqueueMessage, markMessagesSent, recordBounce } from '../notifications/notifications.service.ts';
import { editionText } from './newsletter-texts.ts';
import { newsletterMailBounced } from './newsletters.service.ts';
import type { EditionItem } from './newsletters.tables.ts';

const at = (anchor: string, days: number, hour = 9) => {
  const d = new Date(`${anchor}T${String(hour).padStart(2, '0')}:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
};

/**
 * Readers of the residents' newsletter: made-up addresses on example.org and .test (reserved
 * names: nothing can ever reach a real person), each with the wijken and routes they chose.
 */
const READERS: { email: string; wijken: string[]; routes: string[]; language?: 'en' | 'tr' | 'pl' }[] = [
  { email: 'anna.poelenburg@example.org', wijken: ['Poelenburg'], routes: [] },
  { email: 'mehmet.k@example.org', wijken: ['Poelenburg', 'Pelders- en Hoornseveld'], routes: [], language: 'tr' },
  { email: 'sportieve.ouders@example.org', wijken: [], routes: ['route-sport-en-bewegen'] },
  { email: 'kees.kogerveld@example.org', wijken: ['Kogerveldwijk'], routes: ['romantiek-route'] },
  { email: 'familie.de.jong@voorbeeld.test', wijken: ['Rosmolenwijk'], routes: ['gezinsroute'] },
  { email: 'joanna.w@voorbeeld.test', wijken: [], routes: [], language: 'pl' },
  { email: 'lotte.westerkoog@example.org', wijken: ['Westerkoog'], routes: [] },
  { email: 'jongeren.krommenie@voorbeeld.test', wijken: [], routes: ['jongerenroute'] },
  { email: 'ria.oud-koog@example.org', wijken: ['Oud Koog a/d Zaan'], routes: ['romantiek-route'] },
  { email: 'sam.zaandam-zuid@example.org', wijken: ['Zaandam Zuid'], routes: [], language: 'en' },
  { email: 'bas.verwen@voorbeeld.test', wijken: [], routes: ['verwen-route'] },
  { email: 'hanneke.erfgoed@example.org', wijken: ['Oud Zaandijk'], routes: ['zaans-erfgoed-route'] },
  // This address bounces hard on the sent edition (the mailbox no longer exists).
  { email: 'oud-adres@voorbeeld.test', wijken: ['Poelenburg'], routes: [] },
  // This one bounced soft (mailbox full): counted, still a reader.
  { email: 'volle.mailbox@example.org', wijken: [], routes: [] },
  // And this reader unsubscribed with the link of the sent edition.
  { email: 'geen-tijd@example.org', wijken: ['Kogerveldwijk'], routes: [] },
];

/**
 * The newsletters of the demo: confirmed readers with interests per wijk and route, one edition
 * sent ten days before the anchor with its figures (sent, one hard bounce, one soft, one
 * unsubscribe), and a draft for next month. Sent through the same outbox rows as a real send, then
 * marked as taken by the SMTP server, so starting with STADSPAS_SMTP_URL sends none of it again.
 */
export async function seedNewsletters({ tx, tenantId, anchorDate }: DemoContext) {
  const { publicUrl } = loadConfig();
  const [wijken, routes, stories, tenant] = await Promise.all([
    tx.selectFrom('wijken').select(['code', 'name']).where('tenant_id', '=', tenantId).execute(),
    tx.selectFrom('routes').select(['slug']).where('tenant_id', '=', tenantId).execute(),
    tx
      .selectFrom('stories')
      .select(['id', 'slug', 'title', 'lead', 'publish_at'])
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'published')
      .orderBy('publish_at', 'desc')
      .execute(),
    tx.selectFrom('tenants').select('pass_name').where('id', '=', tenantId).executeTakeFirst(),
  ]);
  const passName = tenant?.pass_name ?? 'Zaanse Pas';
  const wijkCode = new Map(wijken.map((w) => [w.name, w.code]));
  const routeSlugs = new Set(routes.map((r) => r.slug));
  const links =
    stories.length === 0
      ? []
      : await tx
          .selectFrom('story_links')
          .select(['story_id', 'kind', 'target'])
          .where('tenant_id', '=', tenantId)
          .where(
            'story_id',
            'in',
            stories.map((s) => s.id),
          )
          .execute();

  const storyItems: EditionItem[] = stories.map((s) => ({
    kind: 'story',
    title: s.title,
    summary: s.lead,
    path: `/verhalen/${s.slug}`,
    wijken: links.filter((l) => l.story_id === s.id && l.kind === 'wijk').map((l) => l.target),
    routes: links.filter((l) => l.story_id === s.id && l.kind === 'route').map((l) => l.target),
    categories: [],
  }));
  const poelenburg = wijkCode.get('Poelenburg');
  const sentItems: EditionItem[] = [
    ...storyItems,
    {
      kind: 'event',
      title: `Buurtfeest op het Pieter Lastmanplein (${at(anchorDate, 4).toISOString().slice(0, 10)})`,
      summary: 'Buurthuis Poelenburg: muziek, eten en spelletjes. Met de pas krijgen kinderen een gratis ijsje.',
      path: '/agenda',
      wijken: poelenburg ? [poelenburg] : [],
      routes: [],
      categories: [],
    },
  ];

  // The readers, confirmed a while ago.
  const readers = [];
  for (const [i, reader] of READERS.entries()) {
    const row = await tx
      .insertInto('newsletter_subscribers')
      .values({
        tenant_id: tenantId,
        audience: 'residents',
        email: reader.email,
        language: reader.language ?? 'nl',
        wijken: reader.wijken.flatMap((name) => wijkCode.get(name) ?? []),
        routes: reader.routes.filter((slug) => routeSlugs.has(slug)),
        status: 'confirmed',
        confirmation_sent_at: at(anchorDate, -60 + i),
        confirmed_at: at(anchorDate, -60 + i, 10),
      })
      .returning(['id', 'email', 'language', 'wijken', 'routes', 'categories'])
      .executeTakeFirstOrThrow();
    readers.push(row);
  }

  // The edition that was sent, with a delivery and an e-mail per reader.
  const sentAt = at(anchorDate, -10, 8);
  const sent = await tx
    .insertInto('newsletter_editions')
    .values({
      tenant_id: tenantId,
      audience: 'residents',
      title: 'Nieuws uit uw wijk',
      intro: 'Deze maand: een avond uit met z’n tweeën, nieuwe aanbieders en een buurtfeest in Poelenburg.',
      items: JSON.stringify(sentItems),
      status: 'sent',
      created_by: 'demo',
      created_at: at(anchorDate, -12),
      send_started_at: sentAt,
      sent_at: sentAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const messageOf = new Map<string, string>();
  for (const reader of readers) {
    const token = newSecret();
    const { text } = editionText({
      language: reader.language,
      passName,
      publicUrl,
      title: 'Nieuws uit uw wijk',
      intro: '',
      tips: '',
      items: sentItems,
      interests: reader,
      name: null,
      unsubscribeUrl: `${publicUrl}/nieuwsbrief/afmelden?token=${token}`,
    });
    const messageId = await enqueueMessage(tx, {
      tenantId,
      to: reader.email!,
      subject: `${passName}: Nieuws uit uw wijk`,
      bodyText: text,
      headers: {
        'List-Unsubscribe': `<${publicUrl}/api/v1/newsletter-unsubscriptions?token=${token}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
    messageOf.set(reader.email!, messageId);
    await tx
      .insertInto('newsletter_deliveries')
      .values({
        tenant_id: tenantId,
        edition_id: sent.id,
        subscriber_id: reader.id,
        channel: 'email',
        outbox_message_id: messageId,
        unsubscribe_token_hash: hashSecret(token),
        unsubscribe_expires_at: at(anchorDate, 170),
        created_at: sentAt,
      })
      .execute();
  }
  await markMessagesSent(tx, tenantId, [...messageOf.values()], new Date(sentAt.getTime() + 60_000));

  // What came back: a hard bounce (the reader gets no more), a soft one (counted), an unsubscribe.
  for (const [email, status, detail] of [
    ['oud-adres@voorbeeld.test', '5.1.1', 'smtp; 550 5.1.1 <oud-adres@voorbeeld.test>: Recipient address rejected'],
    ['volle.mailbox@example.org', '4.2.2', 'smtp; 452 4.2.2 Mailbox full'],
  ] as const)
    await recordBounce(tx, [newsletterMailBounced], {
      tenantId,
      messageId: messageOf.get(email)!,
      recipient: email,
      status,
      detail,
      at: new Date(sentAt.getTime() + 15 * 60_000),
    });
  await tx
    .updateTable('newsletter_subscribers')
    .set({ status: 'unsubscribed', unsubscribed_at: at(anchorDate, -9, 19), unsubscribed_edition_id: sent.id })
    .where('tenant_id', '=', tenantId)
    .where('email', '=', 'geen-tijd@example.org')
    .execute();

  // Next month's edition, composed but not sent.
  await tx
    .insertInto('newsletter_editions')
    .values({
      tenant_id: tenantId,
      audience: 'residents',
      title: 'Nieuws voor de feestdagen',
      intro: 'Voor wie het wat krap heeft: zo viert u de feestdagen voordelig met de pas.',
      items: JSON.stringify(storyItems.slice(0, 3)),
      status: 'draft',
      created_by: 'demo',
      created_at: at(anchorDate, -1),
    })
    .execute();
}
