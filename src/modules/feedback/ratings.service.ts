import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError, notFound } from '../../shared/errors.ts';
import { actorId, providerOf, type Principal } from '../access/principal.ts';
import { disclose, discloseCount } from '../insight/disclosure.ts';
import { findHolderRedemption, listHolderRedemptions } from '../redemptions/holder-redemptions.ts';
import { FeedbackRepository } from './feedback.repository.ts';
import { feedbackPolicy } from './feedback.policy.ts';

const holderOf = (principal: Principal) => {
  if (principal.kind !== 'resident') throw new DomainError('forbidden', 'Only a pass holder rates an offer.');
  return principal.holderId;
};

/** YYYY-MM: a provider sees the month of a rating, never the moment (it could match a visit). */
export const monthOf = (at: Date) => at.toISOString().slice(0, 7);

/**
 * Ratings of offers and suggestions. A holder rates an offer once per redemption (the database
 * refuses a second rating of the same redemption, also in parallel). Texts show only after the
 * pass organisation approved them; stars and an average only from 10 ratings on.
 */
export class RatingsService {
  private readonly repo: FeedbackRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.repo = new FeedbackRepository(db);
  }

  /** The holder's recent redemptions with their rating, if any. */
  async rateable(principal: Principal) {
    feedbackPolicy.authorize(principal, 'ratings.rate');
    const holderId = holderOf(principal);
    const [redemptions, ratings] = await Promise.all([
      listHolderRedemptions(this.db, principal.tenantId, holderId, 30),
      this.repo.ratingsOfHolder(principal.tenantId, holderId),
    ]);
    const byRedemption = new Map(ratings.map((r) => [r.redemption_id, r]));
    return redemptions.map((r) => ({ redemption: r, rating: byRedemption.get(r.id) ?? null }));
  }

  async rate(principal: Principal, input: { redemptionId: string; stars: number; text?: string | undefined }) {
    feedbackPolicy.authorize(principal, 'ratings.rate');
    const holderId = holderOf(principal);
    const redemption = await findHolderRedemption(this.db, principal.tenantId, holderId, input.redemptionId);
    if (!redemption) throw new DomainError('rating-not-rateable', 'This is not a redemption of your pass.');
    const inserted = await this.repo.insertRating(principal.tenantId, {
      redemptionId: redemption.id,
      offerId: redemption.offerId,
      providerId: redemption.providerId,
      holderId,
      stars: input.stars,
      body: (input.text ?? '').trim(),
    });
    if (!inserted) throw new DomainError('rating-already-given', 'This visit was rated already.');
    return (await this.repo.findRating(principal.tenantId, inserted.id))!;
  }

  async pending(principal: Principal) {
    feedbackPolicy.authorize(principal, 'ratings.moderate');
    return this.repo.pendingRatings(principal.tenantId);
  }

  async moderate(principal: Principal, id: string, decision: 'approve' | 'reject') {
    feedbackPolicy.authorize(principal, 'ratings.moderate');
    const done = await this.repo.moderate(
      principal.tenantId,
      id,
      decision === 'approve' ? 'approved' : 'rejected',
      actorId(principal),
    );
    if (!done) throw notFound('A rating waiting for moderation with this id');
  }

  async ofProvider(principal: Principal) {
    feedbackPolicy.authorize(principal, 'ratings.provider', { providerId: providerOf(principal) ?? '' });
    return this.repo.ratingsOfProvider(principal.tenantId, providerOf(principal)!);
  }

  async reply(principal: Principal, id: string, reply: string) {
    const rating = await this.repo.findRating(principal.tenantId, id);
    if (!rating) throw notFound('This rating');
    feedbackPolicy.authorize(principal, 'ratings.provider', { providerId: rating.provider_id });
    await this.repo.reply(principal.tenantId, id, rating.provider_id, reply.trim());
    return (await this.repo.findRating(principal.tenantId, id))!;
  }

  /** The offer's ratings as anyone sees them: count and average from 10 on, approved texts. */
  async summary(principal: Principal, offerId: string) {
    feedbackPolicy.authorize(principal, 'ratings.read');
    const [row, texts] = await Promise.all([
      this.repo.ratingSummary(principal.tenantId, offerId),
      this.repo.approvedTexts(principal.tenantId, offerId),
    ]);
    const n = Number(row.n);
    return {
      offerId,
      ratings: discloseCount(n),
      averageStars: disclose(Math.round(Number(row.avg ?? 0) * 10) / 10, n),
      texts: texts.map((t) => ({ text: t.body, ratedIn: monthOf(t.created_at), reply: t.reply })),
    };
  }

  // ---- suggestions ----

  async suggest(
    principal: Principal,
    input: { kind: 'new_offer' | 'improvement'; message: string; contactEmail?: string | undefined },
  ) {
    feedbackPolicy.authorize(principal, 'suggestions.create');
    return this.repo.insertSuggestion(principal.tenantId, {
      kind: input.kind,
      message: input.message.trim(),
      contactEmail: input.contactEmail?.trim() || null,
    });
  }

  async suggestions(principal: Principal) {
    feedbackPolicy.authorize(principal, 'suggestions.manage');
    return this.repo.listSuggestions(principal.tenantId);
  }

  async handleSuggestion(principal: Principal, id: string) {
    feedbackPolicy.authorize(principal, 'suggestions.manage');
    if (!(await this.repo.markSuggestionHandled(principal.tenantId, id))) throw notFound('This suggestion');
  }
}
