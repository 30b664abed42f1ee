import { DomainError } from '../../shared/errors.ts';
import { actsForAProvider, type Principal } from '../access/principal.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { isQrToken, parseQrToken, parseTypedPassNumber } from './pass-identifier.ts';
import { passesPolicy } from './passes.policy.ts';
import type { PassesRepository } from './passes.repository.ts';
import type { QrKeyLookup } from './qr-keys.ts';

/**
 * The membership check (seed 000 §7A): a partner, such as a buurthuis that makes the pass a
 * condition of membership, asks whether a pass is valid today and learns yes or no, nothing more:
 * no name, no category, no end date, no reason. An unknown, blocked, replaced or lapsed pass is
 * all the same "no". Only a mistyped number or an old QR code gets its own answer (the input is
 * wrong, not the pass). Rate-limited per caller (src/http/rate-limit.ts).
 */
export class MembershipCheckService {
  constructor(
    private readonly repo: PassesRepository,
    private readonly lookup: QrKeyLookup,
    private readonly qrSecret: string,
  ) {}

  async check(principal: Principal, passIdentifier: string): Promise<{ valid: boolean }> {
    passesPolicy.authorize(principal, 'membership.check');
    if (!actsForAProvider(principal)) throw new DomainError('forbidden', 'Only partners check memberships.');
    let number: string | undefined;
    if (isQrToken(passIdentifier)) {
      number = await this.lookup.passNumberOf(principal.tenantId, parseQrToken(passIdentifier, this.qrSecret));
    } else number = parseTypedPassNumber(passIdentifier);
    const valid = number !== undefined && (await this.repo.isValidOn(principal.tenantId, number, todayInNetherlands()));
    return { valid };
  }
}
