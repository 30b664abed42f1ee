import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { DomainError, notFound, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import type { OfferInput, ReviewDecision, StatusChange } from './offer-portal.schemas.ts';
import { OfferPortalRepository, type OfferContent } from './offer-portal.repository.ts';
import { offersPolicy } from './offers.policy.ts';
import { normaliseValidHours, validHoursProblems } from './valid-hours.ts';

export type OfferInputBody = Static<typeof OfferInput>;
const LIVE = ['published', 'paused'] as const;
const isLive = (status: string) => (LIVE as readonly string[]).includes(status);

/**
 * The offer life cycle of the provider portal:
 *
 *   draft → submitted → published (a moderator approves) or changes_requested (with a comment)
 *   published ⇄ paused (the provider, no moderation) → ended; any → suspended (the pass organisation)
 *
 * A change to a published or paused offer waits in `pending_changes` until a moderator approves
 * it; the live offer stays as it is meanwhile. Stock and pausing need no moderation. The pass
 * organisation's own changes apply at once. Every change is recorded in `offer_events`.
 */
export class OfferPortalService {
  constructor(private readonly db: Db) {}

  async list(principal: Principal, providerId: string) {
    offersPolicy.authorize(principal, 'provider.offers.read', { providerId });
    return new OfferPortalRepository(this.db).listOfProvider(principal.tenantId, providerId);
  }

  async get(principal: Principal, providerId: string, offerId: string) {
    offersPolicy.authorize(principal, 'provider.offers.read', { providerId });
    const offer = await new OfferPortalRepository(this.db).find(principal.tenantId, offerId);
    if (!offer || offer.provider_id !== providerId) throw notFound('Offer');
    return offer;
  }

  async history(principal: Principal, providerId: string, offerId: string) {
    await this.get(principal, providerId, offerId);
    return new OfferPortalRepository(this.db).listEvents(principal.tenantId, offerId);
  }

  async create(principal: Principal, providerId: string, input: OfferInputBody) {
    offersPolicy.authorize(principal, 'provider.offers.manage', { providerId });
    const { tenantId } = principal;
    const id = await this.db.transaction().execute(async (tx) => {
      const repo = new OfferPortalRepository(tx);
      const checked = await this.check(repo, tenantId, providerId, input);
      const { id } = await repo.insertOffer(tenantId, providerId, checked.content, input.stockTotal ?? null);
      await repo.replaceLinks(tenantId, id, checked.routeIds, input.locationIds);
      await this.record(repo, principal, id, 'created', { title: input.title });
      return id;
    });
    return this.get(principal, providerId, id);
  }

  /**
   * Changes an offer. A draft (or one sent back) changes at once; a published or paused offer
   * keeps its live content and the change waits for moderation; the pass organisation's change
   * applies at once. Stock goes through `setStock`.
   */
  async update(principal: Principal, providerId: string, offerId: string, input: OfferInputBody) {
    offersPolicy.authorize(principal, 'provider.offers.manage', { providerId });
    const { tenantId } = principal;
    const moderator = offersPolicy.can(principal, 'offer.moderate');
    await this.db.transaction().execute(async (tx) => {
      const repo = new OfferPortalRepository(tx);
      const offer = await this.lockOwn(repo, tenantId, providerId, offerId);
      const checked = await this.check(repo, tenantId, providerId, input);
      if (moderator || offer.status === 'draft' || offer.status === 'changes_requested') {
        if (!moderator && !['draft', 'changes_requested'].includes(offer.status)) throw statusConflict(offer.status);
        await repo.update(tenantId, offerId, {
          ...checked.content,
          ...(isLive(offer.status) ? {} : stockOf(input.stockTotal ?? null)),
        });
        await repo.replaceLinks(tenantId, offerId, checked.routeIds, input.locationIds);
        await this.record(repo, principal, offerId, moderator ? 'edited_by_moderator' : 'updated', input);
        return;
      }
      if (!isLive(offer.status)) throw statusConflict(offer.status);
      await repo.update(tenantId, offerId, {
        pending_changes: JSON.stringify(input),
        pending_status: 'submitted',
        review_comment: null,
      });
      await this.record(repo, principal, offerId, 'changes_submitted', input);
    });
    return this.get(principal, providerId, offerId);
  }

  /** Submit a draft, pause, resume or end. Resuming needs the provider to be active. */
  async changeStatus(principal: Principal, providerId: string, offerId: string, change: Static<typeof StatusChange>) {
    offersPolicy.authorize(principal, 'provider.offers.manage', { providerId });
    const { tenantId } = principal;
    await this.db.transaction().execute(async (tx) => {
      const repo = new OfferPortalRepository(tx);
      if (change.status === 'published' || change.status === 'submitted')
        await this.requireActive(repo, tenantId, providerId);
      const offer = await this.lockOwn(repo, tenantId, providerId, offerId);
      const allowedFrom: Record<typeof change.status, string[]> = {
        submitted: ['draft', 'changes_requested'],
        paused: ['published'],
        published: ['paused'],
        ended: ['draft', 'submitted', 'changes_requested', 'published', 'paused'],
      };
      if (!allowedFrom[change.status].includes(offer.status)) throw statusConflict(offer.status);
      await repo.update(tenantId, offerId, { status: change.status });
      const action = { submitted: 'submitted', paused: 'paused', published: 'resumed', ended: 'ended' }[change.status];
      await this.record(repo, principal, offerId, action, { status: { from: offer.status, to: change.status } });
    });
    return this.get(principal, providerId, offerId);
  }

  /** How many are left from now on: no moderation. */
  async setStock(principal: Principal, providerId: string, offerId: string, stockRemaining: number | null) {
    offersPolicy.authorize(principal, 'provider.offers.manage', { providerId });
    const { tenantId } = principal;
    await this.db.transaction().execute(async (tx) => {
      const repo = new OfferPortalRepository(tx);
      const offer = await this.lockOwn(repo, tenantId, providerId, offerId);
      if (offer.status === 'ended' || offer.status === 'suspended') throw statusConflict(offer.status);
      // What was used stays counted in the total, so the total says how many there were in all.
      const used =
        offer.stock_total !== null && offer.stock_remaining !== null ? offer.stock_total - offer.stock_remaining : 0;
      await repo.update(tenantId, offerId, {
        stock_total: stockRemaining === null ? null : used + stockRemaining,
        stock_remaining: stockRemaining,
      });
      await this.record(repo, principal, offerId, 'stock_changed', {
        stockRemaining: { from: offer.stock_remaining, to: stockRemaining },
      });
    });
    return this.get(principal, providerId, offerId);
  }

  reviewQueue(principal: Principal) {
    offersPolicy.authorize(principal, 'offer.moderate');
    return new OfferPortalRepository(this.db).reviewQueue(principal.tenantId);
  }

  /**
   * A moderator's decision on a new offer or on changes to a published one, for the version the
   * moderator looked at. A second moderator deciding the same offer gets a conflict: the version
   * moved on, or nothing waits any more. The provider's status is locked first (share), then the
   * offer, so a suspension under way and this approval happen one after the other.
   */
  async review(principal: Principal, offerId: string, decision: Static<typeof ReviewDecision>) {
    offersPolicy.authorize(principal, 'offer.moderate');
    const { tenantId } = principal;
    const comment = decision.comment?.trim() || null;
    if (decision.decision === 'request_changes' && !comment)
      throw new DomainError('invalid-input', 'Say what should change.', [
        { name: 'body.comment', code: 'required', reason: 'a comment is required when changes are requested' },
      ]);
    const providerId = await this.db.transaction().execute(async (tx) => {
      const repo = new OfferPortalRepository(tx);
      const owner = await repo.providerOfOffer(tenantId, offerId);
      if (!owner) throw new DomainError('offer-not-found', `There is no offer with id ${offerId}.`);
      const provider = await repo.lockProviderStatus(tenantId, owner.provider_id);
      const offer = (await repo.lockOffer(tenantId, offerId))!;
      if (offer.version !== decision.version)
        throw new DomainError('offer-version-conflict', `The offer is at version ${offer.version} now.`);
      const isNew = offer.status === 'submitted';
      const isChange = isLive(offer.status) && offer.pending_status === 'submitted';
      if (!isNew && !isChange) throw statusConflict(offer.status);
      if (decision.decision === 'approve' && provider?.status !== 'active')
        throw new DomainError('provider-suspended', 'The provider is suspended: its offers cannot be published.');

      if (decision.decision === 'request_changes') {
        await repo.update(
          tenantId,
          offerId,
          isNew
            ? { status: 'changes_requested', review_comment: comment }
            : { pending_status: 'changes_requested', review_comment: comment },
        );
        await this.record(repo, principal, offerId, 'changes_requested', {}, comment);
      } else if (isNew) {
        await repo.update(tenantId, offerId, { status: 'published', review_comment: null });
        await this.record(
          repo,
          principal,
          offerId,
          'approved',
          { status: { from: 'submitted', to: 'published' } },
          comment,
        );
      } else {
        const pending = offer.pending_changes as OfferInputBody;
        const checked = await this.check(repo, tenantId, offer.provider_id, pending);
        await repo.update(tenantId, offerId, {
          ...checked.content,
          pending_changes: null,
          pending_status: null,
          review_comment: null,
        });
        await repo.replaceLinks(tenantId, offerId, checked.routeIds, pending.locationIds);
        await this.record(repo, principal, offerId, 'changes_approved', pending, comment);
      }
      return offer.provider_id;
    });
    return new OfferPortalRepository(this.db).find(tenantId, offerId).then((row) => {
      if (!row || row.provider_id !== providerId) throw notFound('Offer');
      return row;
    });
  }

  /** The pass organisation takes an offer off the catalogue and the till, with a reason. */
  async suspend(principal: Principal, offerId: string, reason: string) {
    offersPolicy.authorize(principal, 'offer.moderate');
    const { tenantId } = principal;
    await this.db.transaction().execute(async (tx) => {
      const repo = new OfferPortalRepository(tx);
      const offer = await repo.lockOffer(tenantId, offerId);
      if (!offer) throw new DomainError('offer-not-found', `There is no offer with id ${offerId}.`);
      if (offer.status === 'ended' || offer.status === 'suspended') throw statusConflict(offer.status);
      await repo.update(tenantId, offerId, { status: 'suspended' });
      await this.record(
        repo,
        principal,
        offerId,
        'suspended',
        { status: { from: offer.status, to: 'suspended' } },
        reason.trim(),
      );
    });
    return (await new OfferPortalRepository(this.db).find(tenantId, offerId))!;
  }

  private async lockOwn(repo: OfferPortalRepository, tenantId: string, providerId: string, offerId: string) {
    const offer = await repo.lockOffer(tenantId, offerId);
    if (!offer || offer.provider_id !== providerId) throw notFound('Offer');
    return offer;
  }

  private async requireActive(repo: OfferPortalRepository, tenantId: string, providerId: string) {
    const provider = await repo.lockProviderStatus(tenantId, providerId);
    if (!provider) throw notFound('Provider');
    if (provider.status !== 'active')
      throw new DomainError('provider-suspended', 'The provider is suspended: its offers cannot go live.');
  }

  private record(
    repo: OfferPortalRepository,
    principal: Principal,
    offerId: string,
    action: string,
    changes: object,
    comment: string | null = null,
  ) {
    return repo.insertEvent(principal.tenantId, {
      offerId,
      actor: actorId(principal),
      actorName: 'name' in principal ? principal.name : actorId(principal),
      action,
      changes,
      comment,
    });
  }

  /** Checks everything an offer needs, naming every problem at once; returns the columns to store. */
  private async check(repo: OfferPortalRepository, tenantId: string, providerId: string, input: OfferInputBody) {
    const problems: InvalidParam[] = [];
    const need = (field: keyof OfferInputBody, when: boolean, reason: string) => {
      if (when && (input[field] === undefined || input[field] === null))
        problems.push({ name: `body.${field}`, code: 'required', reason });
    };
    const type = input.priceType;
    need(
      'regularPriceCents',
      type === 'percentage_discount' || type === 'amount_off',
      'a discount needs the regular price',
    );
    need('discountPercent', type === 'percentage_discount', 'a percentage discount needs the percentage');
    need('amountOffCents', type === 'amount_off', 'an amount off needs the amount');
    need('fixedPriceCents', type === 'fixed_price', 'a fixed price needs the price');
    if (type === 'amount_off' && (input.amountOffCents ?? 0) > (input.regularPriceCents ?? Infinity))
      problems.push({ name: 'body.amountOffCents', code: 'too-large', reason: 'more off than the regular price' });
    if (((input.limitPerPass ?? null) === null) !== ((input.limitPeriod ?? null) === null))
      problems.push({
        name: 'body.limitPeriod',
        code: 'pair',
        reason: 'a limit per pass needs its period, and the other way round',
      });
    if (input.validUntil < input.validFrom)
      problems.push({ name: 'body.validUntil', code: 'before-start', reason: 'the offer ends before it starts' });
    for (const problem of validHoursProblems(input.validHours ?? []))
      problems.push({
        name: `body.validHours.${problem.index}.${problem.field}`,
        code: 'invalid-window',
        reason: problem.reason,
      });
    const categories = [...new Set(input.categories)];
    const known = new Set((await repo.existingCategories(tenantId, categories)).map((c) => c.slug));
    if (categories.some((c) => !known.has(c)))
      problems.push({ name: 'body.categories', code: 'unknown', reason: 'an unknown category' });
    const slugs = [...new Set(input.routes)];
    const routes = await repo.routesBySlug(tenantId, slugs);
    if (routes.length !== slugs.length)
      problems.push({ name: 'body.routes', code: 'unknown', reason: 'an unknown route' });
    const locationIds = [...new Set(input.locationIds)];
    const own = await repo.locationsOfProvider(tenantId, providerId, locationIds);
    if (own.length !== locationIds.length)
      problems.push({ name: 'body.locationIds', code: 'not-own', reason: "not one of the provider's locations" });
    if (problems.length > 0)
      throw new DomainError('invalid-input', 'This offer cannot be saved; see invalidParams.', problems);
    const keep = <T>(value: T | null | undefined, when: boolean) => (when && value !== undefined ? value : null);
    const content: OfferContent = {
      title: input.title.trim(),
      summary: input.summary?.trim() ?? '',
      description: input.description?.trim() ?? '',
      conditions: input.conditions?.trim() ?? '',
      price_type: type,
      regular_price_cents: keep(input.regularPriceCents, type !== 'free' || input.regularPriceCents != null),
      discount_percent: keep(input.discountPercent, type === 'percentage_discount'),
      amount_off_cents: keep(input.amountOffCents, type === 'amount_off'),
      fixed_price_cents: keep(input.fixedPriceCents, type === 'fixed_price'),
      reduced_price_cents: keep(input.reducedPriceCents, true),
      limit_per_pass: keep(input.limitPerPass, true),
      limit_period: keep(input.limitPeriod, true),
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      categories,
      target_groups: [...new Set(input.targetGroups)],
      event_dates: [...new Set(input.eventDays)].sort(),
      valid_hours: JSON.stringify(normaliseValidHours(input.validHours ?? [])),
    };
    return { content, routeIds: routes.map((r) => r.id) };
  }
}

const statusConflict = (status: string) =>
  new DomainError('offer-status-conflict', `This cannot be done with an offer that is ${status}.`);
const stockOf = (stock: number | null) => ({ stock_total: stock, stock_remaining: stock });

/**
 * Suspends every offer of a provider in the caller's transaction (the provider is being
 * suspended), and records it for each. For the providers module.
 */
export async function suspendOffersOfProviderTx(tx: Db, principal: Principal, providerId: string, reason: string) {
  const repo = new OfferPortalRepository(tx);
  const suspended = await repo.suspendOffersOfProvider(principal.tenantId, providerId);
  for (const { id } of suspended)
    await repo.insertEvent(principal.tenantId, {
      offerId: id,
      actor: actorId(principal),
      actorName: 'name' in principal ? principal.name : actorId(principal),
      action: 'suspended',
      comment: reason,
    });
  return suspended.length;
}
