import type { Db } from '../../db/database.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { withRetry } from '../ledger/retry.ts';
import { writeToHolder } from '../notifications/notifications.service.ts';
import { formatPassNumber, isValidPassNumber, normalizePassNumber } from '../passes/pass-number.ts';
import { CardBatchesRepository } from './card-batches.repository.ts';
import { cardCode } from './card-code.ts';
import { cardsPolicy } from './cards.policy.ts';
import { printablePassPdf } from './printable-pass-pdf.ts';

/**
 * Card batches for the card printer. The pass organisation chooses passes by number, or takes
 * everyone who asked for a card and has none yet. A pass already on its way in another batch is
 * left out (a unique index has the last word), so the same batch made twice prints no second
 * card. Each batch gives a CSV file for the printer and a PDF proof, and is marked sent. Each card
 * carries the pass number and its own static code (card-code.ts) in the QR code.
 */
const csvField = (value: string | null) => `"${(value ?? '').replace(/"/g, '""')}"`;

export class CardBatchesService {
  constructor(
    private readonly db: Db,
    private readonly qrSecret: string,
  ) {}

  async requestCard(principal: Principal) {
    cardsPolicy.authorize(principal, 'card.request');
    if (principal.kind !== 'resident') throw new DomainError('forbidden', 'Only a resident asks for a card.');
    const pass = await new CardBatchesRepository(this.db).currentPassOf(principal.tenantId, principal.holderId);
    if (!pass) throw new DomainError('pass-not-found', 'You have no pass in use to get a card for.');
    await new CardBatchesRepository(this.db).requestCard(principal.tenantId, pass.id);
  }

  async createBatch(
    principal: Principal,
    input: { passNumbers?: string[] | undefined; requested?: boolean | undefined },
  ) {
    cardsPolicy.authorize(principal, 'cardBatch.manage');
    const tenantId = principal.tenantId;
    const numbers = (input.passNumbers ?? []).map(normalizePassNumber);
    const problems: InvalidParam[] = [];
    numbers.forEach((n, i) => {
      if (!isValidPassNumber(n))
        problems.push({
          name: `body.passNumbers.${i}`,
          code: 'pass-number-invalid',
          reason: 'the last digit does not match',
        });
    });
    if (numbers.length === 0 && !input.requested)
      problems.push({
        name: 'body.passNumbers',
        code: 'empty',
        reason: 'choose passes, or everyone who asked for a card',
      });
    const repo = new CardBatchesRepository(this.db);
    const found = problems.length === 0 ? await repo.passesByNumber(tenantId, numbers) : [];
    if (problems.length === 0) {
      numbers.forEach((n, i) => {
        if (!found.some((p) => p.number === n))
          problems.push({
            name: `body.passNumbers.${i}`,
            code: 'unknown-pass',
            reason: `no active pass ${formatPassNumber(n)}`,
          });
      });
    }
    if (problems.length > 0)
      throw new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);
    const requested = input.requested ? await repo.requestedWithoutCard(tenantId) : [];
    const passIds = [...new Set([...found, ...requested].map((p) => p.id))];
    return withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const txRepo = new CardBatchesRepository(tx);
        const batch = await txRepo.insertBatch(tenantId, actorId(principal));
        const cardCount = await txRepo.insertCards(tenantId, batch.id, passIds);
        return { batchId: batch.id, cardCount, skipped: passIds.length - cardCount };
      }),
    );
  }

  listBatches(principal: Principal) {
    cardsPolicy.authorize(principal, 'cardBatch.manage');
    return new CardBatchesRepository(this.db).listBatches(principal.tenantId);
  }

  /** How many passes wait for a card (asked, none yet): what "everyone who asked" would take. */
  waitingCount(principal: Principal) {
    cardsPolicy.authorize(principal, 'cardBatch.manage');
    return new CardBatchesRepository(this.db).requestedWithoutCardCount(principal.tenantId);
  }

  private async cards(principal: Principal, batchId: string) {
    cardsPolicy.authorize(principal, 'cardBatch.manage');
    const repo = new CardBatchesRepository(this.db);
    if (!(await repo.findBatch(principal.tenantId, batchId)))
      throw new DomainError('card-batch-not-found', `There is no card batch ${batchId}.`);
    return repo.cardsOfBatch(principal.tenantId, batchId);
  }

  /** The card printer's file: one line per card, with the address to send it to. */
  async csv(principal: Principal, batchId: string) {
    const cards = await this.cards(principal, batchId);
    const header = [
      'pass_number',
      'card_code',
      'holder_name',
      'valid_until',
      'pass_name',
      'street',
      'house_number',
      'postcode',
      'city',
    ];
    const lines = cards.map((c) =>
      [
        formatPassNumber(c.number),
        cardCode(this.qrSecret, c.code_id),
        c.holder_name,
        c.valid_until,
        c.pass_name,
        c.street,
        c.house_number,
        c.postcode,
        c.city,
      ]
        .map(csvField)
        .join(','),
    );
    return [header.join(','), ...lines].join('\r\n') + '\r\n';
  }

  async proof(principal: Principal, batchId: string) {
    const cards = await this.cards(principal, batchId);
    return printablePassPdf(
      cards.map((c) => ({
        passName: c.pass_name,
        holderName: c.holder_name,
        passNumber: formatPassNumber(c.number),
        qrPayload: cardCode(this.qrSecret, c.code_id),
        validUntil: c.valid_until,
      })),
      'nl',
    );
  }

  /**
   * Marks the batch sent, and tells each holder, in the same transaction: an e-mail, or a letter
   * in the day's batch for a holder without e-mail (the municipality's `card-sent` template).
   */
  async markSent(principal: Principal, batchId: string) {
    const cards = await this.cards(principal, batchId);
    const tenantId = principal.tenantId;
    const now = new Date();
    await withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        // Only the request that marks it sent tells the holders: twice clicked is one message.
        if (await new CardBatchesRepository(tx).markSent(tenantId, batchId, now))
          for (const card of cards)
            await writeToHolder(tx, {
              tenantId,
              holderId: card.holder_id,
              template: 'card-sent',
              values: { pasnummer: formatPassNumber(card.number) },
              now,
            });
      }),
    );
    return (await new CardBatchesRepository(this.db).listBatches(tenantId)).find((b) => b.id === batchId)!;
  }
}
