import QRCode from 'qrcode';
import type { Config } from '../../config.ts';
import { DomainError } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { makeQrToken } from './pass-identifier.ts';
import { normalizePassNumber } from './pass-number.ts';
import type { PassesRepository } from './passes.repository.ts';
import { passesPolicy } from './passes.policy.ts';

type Resident = Extract<Principal, { kind: 'resident' }>;

function residentOf(principal: Principal): Resident {
  passesPolicy.authorize(principal, 'ownPass.read');
  if (principal.kind !== 'resident') throw new DomainError('forbidden', 'Only pass holders have a pass.');
  return principal;
}

/** The resident's own pass, its QR code and what was used with it. */
export class PassesService {
  constructor(
    private readonly repo: PassesRepository,
    private readonly config: Config,
  ) {}

  /** The current pass of the logged-in holder, with the child passes linked to their passes. */
  async ownPass(principal: Principal) {
    const resident = residentOf(principal);
    const passes = await this.repo.findHolderPasses(resident.tenantId, resident.holderId);
    const current = passes[0];
    if (!current) throw new DomainError('pass-not-found', 'There is no pass in your name. Contact the pass office.');
    const childRows = await this.repo.findChildPasses(
      resident.tenantId,
      passes.map((p) => p.id),
    );
    // One line per child: the newest pass of each (rows come newest first per holder).
    const seen = new Set<string>();
    const children = childRows.filter((child) => !seen.has(child.holder_id) && seen.add(child.holder_id));
    return { pass: current, children };
  }

  /**
   * A fresh QR token for the holder's current pass, or for one of their child passes, with an
   * SVG image of it. The token changes every 30 seconds, so a screenshot soon stops working.
   */
  async qrCode(principal: Principal, passNumber?: string, now = Date.now()) {
    const { pass, children } = await this.ownPass(principal);
    let number = pass.number;
    if (passNumber !== undefined) {
      const wanted = normalizePassNumber(passNumber);
      const match = [pass, ...children].find((p) => p.number === wanted);
      if (!match) throw new DomainError('pass-not-found', 'This is not your pass or the pass of one of your children.');
      number = match.number;
    }
    const { token, expiresAt } = makeQrToken(this.config.qrSecret, number, now);
    const svg = await QRCode.toString(token, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { token, expiresAt, svg };
  }

  /** What the holder and their children used the pass for, newest first. */
  async ownRedemptions(principal: Principal, page: number, pageSize: number) {
    const resident = residentOf(principal);
    const { rows, totalItems } = await this.repo.listRedemptionsOfHolder(
      resident.tenantId,
      resident.holderId,
      page,
      pageSize,
    );
    return { rows, page, pageSize, totalItems };
  }
}
