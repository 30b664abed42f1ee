import { DomainError } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
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
  constructor(private readonly repo: PassesRepository) {}

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
