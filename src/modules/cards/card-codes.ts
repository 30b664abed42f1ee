import type { Database, Db } from '../../db/database.ts';
import { DomainError } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { withRetry } from '../ledger/retry.ts';
import { formatPassNumber } from '../passes/pass-number.ts';
import { CardCodesRepository } from './card-batches.repository.ts';
import { cardsPolicy } from './cards.policy.ts';

export type CardStatus = 'on-its-way' | 'sent' | 'active' | 'blocked';

const statusOf = (card: { sent_at: Date | null; activated_at: Date | null; blocked_at: Date | null }): CardStatus =>
  card.blocked_at ? 'blocked' : card.activated_at ? 'active' : card.sent_at ? 'sent' : 'on-its-way';

/**
 * Physical cards in use. A card's static code (card-code.ts) works at the till from the day its
 * batch is sent until the card is blocked. A card becomes active when it is first used at a till
 * or the resident activates it; then the pass's earlier cards are blocked. A blocked or replaced
 * pass is refused by the till's own rules, whatever card shows it.
 */
export class CardCodesService {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The pass number of a card code id, for the till; undefined when the card is unknown, not sent or blocked. */
  async passNumberOf(tenantId: string, codeId: string): Promise<string | undefined> {
    const card = await new CardCodesRepository(this.db).cardInUse(tenantId, codeId);
    if (!card) return undefined;
    if (card.activated_at === null && !(await this.activate(tenantId, card.id, card.pass_id))) return undefined;
    return card.number;
  }

  private activate(tenantId: string, cardId: string, passId: string) {
    return withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const repo = new CardCodesRepository(tx);
        await repo.lockCardsOfPass(tenantId, passId);
        return repo.activate(tenantId, cardId, passId, this.clock());
      }),
    );
  }

  /** The resident's cards (own and children's passes), newest first. */
  async myCards(principal: Principal) {
    return (await this.holderCards(principal)).map((c) => ({
      id: c.id,
      passNumber: formatPassNumber(c.number),
      status: statusOf(c),
      orderedAt: c.created_at.toISOString(),
    }));
  }

  private async holderCards(principal: Principal) {
    cardsPolicy.authorize(principal, 'card.request');
    if (principal.kind !== 'resident') throw new DomainError('forbidden', 'Only a resident has cards.');
    return new CardCodesRepository(this.db).cardsOfHolder(principal.tenantId, principal.holderId);
  }

  /** The resident says the card arrived: it is active now, and the pass's earlier cards are blocked. */
  async activateMine(principal: Principal, cardId: string) {
    const card = (await this.holderCards(principal)).find((c) => c.id === cardId);
    if (!card) throw new DomainError('card-not-found', 'You have no card with this id.');
    const status = statusOf(card);
    if (status === 'on-its-way')
      throw new DomainError('card-not-sent', 'This card has not been sent yet. Activate it when it arrives.');
    if (
      status === 'blocked' ||
      (status === 'sent' && !(await this.activate(principal.tenantId, card.id, card.pass_id)))
    )
      throw new DomainError('card-blocked', 'This card is blocked.');
    return {
      id: card.id,
      passNumber: formatPassNumber(card.number),
      status: 'active' as const,
      orderedAt: card.created_at.toISOString(),
    };
  }
}

const services = new WeakMap<Database, CardCodesService>();

/** The one card-code service per database, for the till's routes (redemptions). */
export function cardCodesFor(database: Database): CardCodesService {
  let service = services.get(database);
  if (!service) {
    service = new CardCodesService(database.db);
    services.set(database, service);
  }
  return service;
}

/**
 * Erasure (docs/decisions/0028), in the caller's transaction: the holder's card requests go and
 * their cards are blocked (a card names no one, but must not work any more).
 */
export async function eraseHolderCards(tx: Db, tenantId: string, passIds: string[], now: Date) {
  return new CardCodesRepository(tx).eraseForPasses(tenantId, passIds, now);
}

/** The holder's cards and requests, for their own download. */
export async function holderCardData(db: Db, tenantId: string, passIds: string[]) {
  return new CardCodesRepository(db).dataOfPasses(tenantId, passIds);
}
