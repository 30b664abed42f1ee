import type { Db } from '../../db/database.ts';
import { DomainError } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { formatPassNumber } from '../passes/pass-number.ts';
import { CardsRepository } from './cards.repository.ts';
import { cardsPolicy } from './cards.policy.ts';
import { printablePassPdf, type PdfLanguage } from './printable-pass-pdf.ts';

/** The resident's printable pass: one card to cut out per pass in use (their own, their children's). */
export class CardsService {
  constructor(private readonly db: Db) {}

  async printablePass(principal: Principal, language: PdfLanguage) {
    cardsPolicy.authorize(principal, 'printablePass.download');
    if (principal.kind !== 'resident') throw new DomainError('forbidden', 'Only a resident prints a pass.');
    const passes = await new CardsRepository(this.db).passesToPrint(
      principal.tenantId,
      principal.holderId,
      todayInNetherlands(),
    );
    if (passes.length === 0) throw new DomainError('pass-not-found', 'You have no pass in use to print.');
    return printablePassPdf(
      passes.map((p) => ({
        passName: p.pass_name,
        holderName: p.holder_name,
        passNumber: formatPassNumber(p.number),
        qrPayload: p.number,
        validUntil: p.valid_until,
      })),
      language,
    );
  }
}
