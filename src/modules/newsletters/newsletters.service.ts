import type { Static } from '@sinclair/typebox';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { JobInterrupted } from '../../shared/jobs.ts';
import { hashSecret, newSecret } from '../../shared/tokens.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { agendaServiceFor } from '../agenda/agenda.service.ts';
import { discloseCount } from '../insight/disclosure.ts';
import type { MailBounce } from '../notifications/bounce-report.ts';
import { enqueueMessage, messageOutcomes, writeTextToHolder } from '../notifications/notifications.service.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { countValidPasses } from '../passes/pass-figures.ts';
import { countRedemptionsSince } from '../redemptions/redemption-figures.ts';
import { CampaignsService } from '../recruitment/campaigns.service.ts';
import { recruitmentPolicy } from '../recruitment/recruitment.policy.ts';
import { showcaseServiceFor } from '../showcase/showcase.service.ts';
import { StoriesService } from '../stories/stories.service.ts';
import { editionText, wordsFor, type Interests } from './newsletter-texts.ts';
import { newslettersPolicy } from './newsletters.policy.ts';
import { NewslettersRepository } from './newsletters.repository.ts';
import type { EditionInput, HolderSubscription, NewSubscription, PreviewQuery } from './newsletters.schemas.ts';
import type { EditionItem, NewsletterAudience, NewsletterLanguage } from './newsletters.tables.ts';

/** The queue of sending an edition (pg-boss, decision 0024). */
export const NEWSLETTER_SEND_QUEUE = 'newsletter-send';
/** A confirmation link works this long, once. */
export const CONFIRM_HOURS = 48;
/** Within this time, subscribing again sends no second confirmation. */
const RESEND_AFTER_MS = 60 * 60_000;
/** An unsubscribe link works this long (then the next edition brings a new one). */
const UNSUBSCRIBE_DAYS = 180;
const STORY_COUNT = 20;

type EditionRow = NonNullable<Awaited<ReturnType<NewslettersRepository['findEdition']>>>;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const tag = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/**
 * Newsletters with consent (docs/newsletters.md): residents subscribe without an account and
 * confirm by a link (double opt-in); holders opt in on their pass page, by e-mail or letter; the
 * pass organisation composes an edition from recent stories, new providers and coming events (or,
 * for providers, routes, campaigns, figures and tips), previews it per interest and sends it as a
 * background job that writes one delivery per subscriber, so it never writes to anyone twice.
 */
export class NewslettersService {
  private readonly repo: NewslettersRepository;

  constructor(
    private readonly db: Db,
    private readonly config: Pick<Config, 'publicUrl'>,
    private readonly jobs?: { send: (name: string, data: Record<string, unknown>) => Promise<string> },
  ) {
    this.repo = new NewslettersRepository(db);
  }

  // --- Subscribers -------------------------------------------------------------------------

  /**
   * A subscription: a confirmation e-mail with a link that works 48 hours, once. Nothing else is
   * sent before it is confirmed. Subscribing again within an hour sends no second e-mail; an
   * address that is confirmed already gets none. The answer is the same in every case.
   */
  async subscribe(principal: Principal, input: Static<typeof NewSubscription>, now = new Date()) {
    newslettersPolicy.authorize(principal, 'newsletter.subscribe');
    const { tenantId } = principal;
    const interests = await this.checkInterests(tenantId, input);
    const email = input.email.trim().toLowerCase();
    const language = input.language ?? 'nl';
    await this.db.transaction().execute(async (tx) => {
      const repo = new NewslettersRepository(tx);
      const existing = await repo.findByEmail(tenantId, 'residents', email);
      if (existing?.status === 'confirmed') return;
      const recent =
        existing?.status === 'pending' &&
        existing.confirmation_sent_at &&
        now.getTime() - new Date(existing.confirmation_sent_at).getTime() < RESEND_AFTER_MS;
      if (recent) return;
      const token = newSecret();
      await repo.upsertPending(tenantId, {
        email,
        language,
        ...interests,
        tokenHash: hashSecret(token),
        expiresAt: new Date(now.getTime() + CONFIRM_HOURS * 3_600_000),
        now,
      });
      const passName = (await repo.tenant(tenantId))?.pass_name ?? 'Stadspas';
      const words = wordsFor(language);
      const link = `${this.config.publicUrl}/nieuwsbrief/bevestigen?token=${encodeURIComponent(token)}`;
      await enqueueMessage(tx, {
        tenantId,
        to: email,
        subject: words.confirmSubject(passName),
        bodyText: words.confirmBody(passName, link, CONFIRM_HOURS),
      });
    });
    return { message: 'If this address can receive the newsletter, a confirmation link is on its way.' };
  }

  async confirm(token: string, now = new Date()) {
    const row = await this.repo.confirm(hashSecret(token), now);
    if (!row) throw new DomainError('newsletter-link-invalid', 'This confirmation link was used, expired or is wrong.');
    return { confirmed: true, language: row.language };
  }

  /** One-click unsubscribe (RFC 8058): the token of one delivery; a second click is fine too. */
  async unsubscribe(token: string, now = new Date()) {
    const delivery = await this.repo.deliveryByToken(hashSecret(token), now);
    if (!delivery) throw new DomainError('newsletter-link-invalid', 'This unsubscribe link expired or is wrong.');
    await this.repo.unsubscribe(delivery.tenant_id, delivery.subscriber_id, delivery.edition_id, now);
    return { unsubscribed: true };
  }

  async holderSubscription(principal: Principal) {
    newslettersPolicy.authorize(principal, 'newsletter.holderOptIn');
    const row =
      principal.kind === 'resident' ? await this.repo.findByHolder(principal.tenantId, principal.holderId) : undefined;
    const subscribed = row?.status === 'confirmed';
    return {
      subscribed,
      channel: subscribed ? row.channel : null,
      language: row?.language ?? 'nl',
      wijken: row?.wijken ?? [],
      routes: row?.routes ?? [],
      categories: row?.categories ?? [],
    };
  }

  /** A holder opts in (logged in: no confirmation needed), in the channel they choose. */
  async setHolderSubscription(principal: Principal, input: Static<typeof HolderSubscription>, now = new Date()) {
    newslettersPolicy.authorize(principal, 'newsletter.holderOptIn');
    if (principal.kind !== 'resident') throw new DomainError('forbidden', 'Only a holder opts in here.');
    const interests = await this.checkInterests(principal.tenantId, input);
    await this.repo.upsertHolder(
      principal.tenantId,
      principal.holderId,
      { channel: input.channel, language: input.language ?? 'nl', ...interests },
      now,
    );
    return this.holderSubscription(principal);
  }

  async removeHolderSubscription(principal: Principal, now = new Date()) {
    newslettersPolicy.authorize(principal, 'newsletter.holderOptIn');
    if (principal.kind !== 'resident') throw new DomainError('forbidden', 'Only a holder opts out here.');
    const row = await this.repo.findByHolder(principal.tenantId, principal.holderId);
    if (row) await this.repo.unsubscribe(principal.tenantId, row.id, null, now);
    return this.holderSubscription(principal);
  }

  private async checkInterests(
    tenantId: string,
    input: { wijken?: string[] | undefined; routes?: string[] | undefined; categories?: string[] | undefined },
  ): Promise<Interests & { wijken: string[]; routes: string[]; categories: string[] }> {
    const [wijken, routes, categories] = await this.repo.wijkAndRouteNames(tenantId);
    const problems: InvalidParam[] = [];
    const check = (field: 'wijken' | 'routes' | 'categories', known: Set<string>, what: string) => {
      (input[field] ?? []).forEach((value, i) => {
        if (!known.has(value))
          problems.push({ name: `body.${field}.${i}`, code: 'unknown', reason: `there is no ${what} ${value}` });
      });
    };
    check('wijken', new Set(wijken.map((w) => w.code)), 'wijk');
    check('routes', new Set(routes.map((r) => r.slug)), 'route');
    check('categories', new Set(categories.map((c) => c.slug)), 'category');
    if (problems.length > 0)
      throw new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);
    return { wijken: input.wijken ?? [], routes: input.routes ?? [], categories: input.categories ?? [] };
  }

  // --- Editions ----------------------------------------------------------------------------

  /** Composes an edition from what the platform has now; its items are kept as composed. */
  async compose(principal: Principal, input: Static<typeof EditionInput>, now = new Date()) {
    newslettersPolicy.authorize(principal, 'newsletter.compose');
    const items =
      input.audience === 'residents'
        ? await this.residentItems(principal, input.storyDays ?? 31, now)
        : await this.providerItems(principal, now);
    const { id } = await this.repo.insertEdition({
      tenantId: principal.tenantId,
      audience: input.audience,
      title: input.title.trim(),
      intro: input.intro?.trim() ?? '',
      tips: input.tips?.trim() ?? '',
      items,
      createdBy: actorId(principal),
    });
    return this.get(principal, id);
  }

  private async residentItems(principal: Principal, storyDays: number, now: Date): Promise<EditionItem[]> {
    const since = now.getTime() - storyDays * 86_400_000;
    const stories = new StoriesService(this.db);
    const { items } = await stories.listPublic(principal, {}, 1, STORY_COUNT, now);
    const recent = items.filter(({ row }) => row.publish_at && new Date(row.publish_at).getTime() >= since);
    const storyItems = await Promise.all(
      recent.map(async ({ row }): Promise<EditionItem> => {
        const { links } = await stories.getPublic(principal, row.slug, 'nl', now);
        return {
          kind: 'story',
          title: row.title,
          summary: row.lead,
          path: `/verhalen/${row.slug}`,
          wijken: tag(links.filter((l) => l.kind === 'wijk').map((l) => l.target)),
          routes: tag(links.filter((l) => l.kind === 'route').map((l) => l.target)),
          categories: [],
        };
      }),
    );
    const showcase = showcaseServiceFor(this.db);
    const newProviders = await showcase.newProviders(principal, now);
    const providerItems = await Promise.all(
      newProviders.map(async (p): Promise<EditionItem> => {
        const profile = await showcase.profile(principal, p.id).catch(() => null);
        return {
          kind: 'provider',
          title: p.name,
          summary: p.story.split('\n')[0]!.slice(0, 300),
          path: `/aanbieders/${p.id}`,
          wijken: tag(profile?.locations.map((l) => l.wijk.code) ?? []),
          routes: tag(profile?.routes.map((r) => r.slug) ?? []),
          categories: await this.repo.categoriesOfProvider(principal.tenantId, p.id),
        };
      }),
    );
    const agenda = agendaServiceFor(this.db);
    const events = await agenda.listEvents(principal, { period: 'upcoming' });
    const seen = new Set<string>();
    const eventItems: EditionItem[] = [];
    for (const e of events.items) {
      if (seen.has(e.eventId) || eventItems.length >= 30) continue;
      seen.add(e.eventId);
      eventItems.push({
        kind: 'event',
        title: `${e.title} (${e.start.slice(0, 10)})`,
        summary: [e.locationName, e.description.split('\n')[0]].filter(Boolean).join(': ').slice(0, 300),
        path: '/agenda',
        wijken: tag([e.wijk?.code]),
        routes: tag([e.route?.slug]),
        categories: [],
      });
    }
    return [...storyItems, ...providerItems, ...eventItems];
  }

  private async providerItems(principal: Principal, now: Date): Promise<EditionItem[]> {
    const { tenantId } = principal;
    const routes = await this.repo.activeRoutes(tenantId);
    const items: EditionItem[] = routes.map((r) => ({
      kind: 'route',
      title: r.name,
      summary: r.description.split('\n')[0]!.slice(0, 300),
      path: `/routes/${r.slug}`,
      wijken: [],
      routes: [r.slug],
      categories: [],
    }));
    if (recruitmentPolicy.can(principal, 'campaigns.read')) {
      const today = todayInNetherlands(now);
      const campaigns = await new CampaignsService(this.db, () => today).list(principal, Number(today.slice(0, 4)));
      for (const { row } of campaigns.items) {
        if (String(row.ends_on) < today) continue;
        items.push({
          kind: 'campaign',
          title: `${row.name} (${String(row.starts_on)} – ${String(row.ends_on)})`,
          summary: row.description.split('\n')[0]!.slice(0, 300),
          path: null,
          wijken: [],
          routes: tag([routes.find((r) => r.id === row.route_id)?.slug]),
          categories: [],
        });
      }
    }
    // Figures of the pass as a whole, asked of the passes and redemptions modules, under the rule
    // of 10 (a figure about fewer people is left out).
    const [activePasses, usage] = await Promise.all([
      countValidPasses(this.db, tenantId, todayInNetherlands(now)),
      countRedemptionsSince(this.db, tenantId, new Date(now.getTime() - 30 * 86_400_000)),
    ]);
    const passes = discloseCount(activePasses);
    const used = discloseCount(usage.passes);
    if (!passes.suppressed)
      items.push({
        kind: 'figure',
        title: `${passes.value} geldige passen`,
        summary: '',
        path: null,
        wijken: [],
        routes: [],
        categories: [],
      });
    if (!used.suppressed)
      items.push({
        kind: 'figure',
        title: `${usage.redemptions} keer gebruikt in de laatste 30 dagen, met ${used.value} passen`,
        summary: '',
        path: null,
        wijken: [],
        routes: [],
        categories: [],
      });
    return items;
  }

  async list(principal: Principal) {
    newslettersPolicy.authorize(principal, 'newsletter.compose');
    const rows = await this.repo.listEditions(principal.tenantId);
    return {
      items: await Promise.all(
        rows.map(async (row) => {
          const { items: _items, ...rest } = await this.present(row);
          return rest;
        }),
      ),
    };
  }

  async get(principal: Principal, id: string) {
    newslettersPolicy.authorize(principal, 'newsletter.compose');
    return this.present(await this.edition(principal.tenantId, id));
  }

  private async edition(tenantId: string, id: string) {
    const row = await this.repo.findEdition(tenantId, id);
    if (!row) throw new DomainError('newsletter-edition-not-found', `There is no edition ${id}.`);
    return row;
  }

  private async present(row: EditionRow) {
    const { deliveries, unsubscribed } = await this.repo.deliveryFigures(row.tenant_id, row.id);
    const emails = deliveries.flatMap((d) =>
      d.channel === 'email' && d.outbox_message_id ? [d.outbox_message_id] : [],
    );
    const outcome = await messageOutcomes(this.db, row.tenant_id, emails);
    const letters = deliveries.filter((d) => d.channel === 'letter').length;
    return {
      id: row.id,
      audience: row.audience,
      title: row.title,
      intro: row.intro,
      tips: row.tips,
      status: row.status,
      items: row.items,
      createdAt: new Date(row.created_at).toISOString(),
      sendStartedAt: iso(row.send_started_at),
      sentAt: iso(row.sent_at),
      figures: {
        recipients: deliveries.filter((d) => d.channel !== 'none').length,
        sent: outcome.sent + letters,
        bounced: outcome.bounced,
        softBounced: outcome.softBounced,
        unsubscribed,
      },
    };
  }

  /** Addresses that bounced hard and get no newsletter any more (until they subscribe again). */
  async bounces(principal: Principal) {
    newslettersPolicy.authorize(principal, 'newsletter.compose');
    const rows = await this.repo.bouncedSubscribers(principal.tenantId, 200);
    return {
      items: rows.map((r) => ({
        subscriberId: r.id,
        audience: r.audience,
        email: r.email,
        holder: r.holder_id !== null,
        status: r.bounce_status ?? '5.0.0',
        bouncedAt: iso(r.bounced_at)!,
      })),
    };
  }

  /** The edition as a reader with this interest would get it (the unsubscribe link is a sample). */
  async preview(principal: Principal, id: string, query: Static<typeof PreviewQuery>) {
    newslettersPolicy.authorize(principal, 'newsletter.compose');
    const row = await this.edition(principal.tenantId, id);
    const message = this.message(row, await this.passName(principal.tenantId), {
      language: query.language ?? 'nl',
      interests: {
        wijken: query.wijk ? [query.wijk] : [],
        routes: query.route ? [query.route] : [],
        categories: query.category ? [query.category] : [],
      },
      name: null,
      token: 'voorbeeld',
    });
    return { subject: message.subject, text: message.text, items: message.items, headers: message.headers };
  }

  private message(
    row: EditionRow,
    passName: string,
    reader: { language: string; interests: Interests; name: string | null; token: string },
  ) {
    const token = encodeURIComponent(reader.token);
    const unsubscribeUrl = `${this.config.publicUrl}/nieuwsbrief/afmelden?token=${token}`;
    const { text, items } = editionText({
      language: reader.language,
      passName,
      publicUrl: this.config.publicUrl,
      title: row.title,
      intro: row.intro,
      tips: row.tips,
      items: row.items,
      interests: reader.interests,
      name: reader.name,
      unsubscribeUrl,
    });
    return {
      subject: `${passName}: ${row.title}`,
      text,
      items,
      headers: {
        'List-Unsubscribe': `<${this.config.publicUrl}/api/v1/newsletter-unsubscriptions?token=${token}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }

  private async passName(tenantId: string) {
    return (await this.repo.tenant(tenantId))?.pass_name ?? 'Stadspas';
  }

  /** Starts sending: once per edition (a second click, or two people at once, get a conflict). */
  async send(principal: Principal, id: string, now = new Date()) {
    newslettersPolicy.authorize(principal, 'newsletter.send');
    const row = await this.edition(principal.tenantId, id);
    if (row.audience === 'providers') await this.repo.addProviderContacts(principal.tenantId, now);
    const started = await this.repo.startSending(principal.tenantId, id, now);
    if (!started) throw new DomainError('newsletter-edition-not-draft', 'This edition is being sent or was sent.');
    if (!this.jobs) throw new Error('No job runner');
    await this.jobs.send(NEWSLETTER_SEND_QUEUE, { tenantId: principal.tenantId, editionId: id });
    return this.get(principal, id);
  }

  /**
   * The job: in batches, each one transaction that claims a delivery per subscriber (unique per
   * edition and subscriber) and writes the e-mail or letter with it. A batch that did not commit
   * left nothing; a batch that did is never done again; an unsubscribed reader is never selected.
   * Stops between batches when the runner stops, and is resumed by the next attempt.
   */
  async work(
    job: { tenantId: string; editionId: string },
    signal: AbortSignal,
    options: { batchSize?: number; afterBatch?: (n: number) => Promise<void> | void; now?: () => Date } = {},
  ) {
    const now = options.now ?? (() => new Date());
    const edition = await this.repo.findEdition(job.tenantId, job.editionId);
    if (!edition || edition.status === 'sent') return;
    const audience: NewsletterAudience = edition.audience;
    const passName = await this.passName(job.tenantId);
    for (let batch = 0; ; batch++) {
      if (signal.aborted) throw new JobInterrupted();
      const written = await this.db.transaction().execute(async (tx) => {
        const repo = new NewslettersRepository(tx);
        const recipients = await repo.nextRecipients(job.tenantId, job.editionId, audience, options.batchSize ?? 100);
        for (const r of recipients) {
          const token = newSecret();
          const claimed = await repo.claimDelivery({
            tenantId: job.tenantId,
            editionId: job.editionId,
            subscriberId: r.id,
            tokenHash: hashSecret(token),
            expiresAt: new Date(now().getTime() + UNSUBSCRIBE_DAYS * 86_400_000),
          });
          if (!claimed) continue;
          const language: NewsletterLanguage = r.language;
          const reader = { language, interests: r, token };
          let channel: 'email' | 'letter' | 'none' = 'none';
          let messageId: string | null = null;
          if (r.holder_id) {
            const anonymous = this.message(edition, passName, { ...reader, name: null });
            const outcome = await writeTextToHolder(tx, {
              tenantId: job.tenantId,
              holderId: r.holder_id,
              channel: r.channel,
              subject: anonymous.subject,
              bodyText: (name) => this.message(edition, passName, { ...reader, name }).text,
              headers: anonymous.headers,
            });
            if (outcome === 'letter') channel = 'letter';
            else if (outcome !== 'none') [channel, messageId] = ['email', outcome.emailId];
          } else if (r.email) {
            const message = this.message(edition, passName, { ...reader, name: null });
            messageId = await enqueueMessage(tx, {
              tenantId: job.tenantId,
              to: r.email,
              subject: message.subject,
              bodyText: message.text,
              headers: message.headers,
            });
            channel = 'email';
          }
          await repo.setDeliveryChannel(job.tenantId, job.editionId, r.id, channel, messageId);
        }
        return recipients.length;
      });
      if (written === 0) break;
      await options.afterBatch?.(batch);
    }
    await this.repo.markSent(job.tenantId, job.editionId, now());
  }
}

/**
 * An e-mail bounced (the notifications module tells, in its transaction; decision 0050): after a
 * hard bounce the subscriber of that delivery, and whoever subscribed with that address, get no
 * further editions. A soft bounce is only counted (in the edition's figures).
 */
export async function newsletterMailBounced(tx: Db, bounce: MailBounce) {
  if (bounce.kind !== 'hard') return;
  await new NewslettersRepository(tx).markBounced(
    bounce.tenantId,
    bounce.messageId,
    bounce.recipient,
    bounce.status,
    bounce.at,
  );
}

/** Erasure (decision 0028): a holder's opt-in ends, in the caller's transaction; nothing is written to them again. */
export async function endHolderSubscription(tx: Db, tenantId: string, holderId: string, now: Date) {
  const repo = new NewslettersRepository(tx);
  const row = await repo.findByHolder(tenantId, holderId);
  if (row) await repo.unsubscribe(tenantId, row.id, null, now);
}
