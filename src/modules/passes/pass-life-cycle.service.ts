import type { Db } from '../../db/database.ts';
import { DomainError } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { blockPassTx, replacePassTx, unblockPassTx } from './pass-life-cycle.ts';
import { normalizePassNumber } from './pass-number.ts';
import { passesPolicy } from './passes.policy.ts';
import type { PassesService } from './passes.service.ts';
import type { BlockReason } from './passes.tables.ts';
import type { QrKeyLookup } from './qr-keys.ts';

/** Block and replace: the resident for their own pass (or a child's), the pass organisation for any pass. */
export class PassLifeCycleService {
  constructor(
    private readonly db: Db,
    private readonly passes: PassesService,
    private readonly lookup: QrKeyLookup,
  ) {}

  /**
   * Self-service: a lost, stolen or broken card, or a lost phone. The holder's own current pass,
   * or (with `passNumber`) a child pass linked to it.
   */
  async replaceOwn(principal: Principal, input: { reason: BlockReason; passNumber?: string | undefined }) {
    passesPolicy.authorize(principal, 'ownPass.replace');
    const { pass, children } = await this.passes.ownPass(principal);
    let target: { id: string } = pass;
    if (input.passNumber !== undefined) {
      const wanted = normalizePassNumber(input.passNumber);
      const match = [pass, ...children].find((p) => p.number === wanted);
      if (!match) throw new DomainError('pass-not-found', 'This is not your pass or the pass of one of your children.');
      target = match;
    }
    return this.replace(principal.tenantId, target.id, input.reason, actorId(principal));
  }

  async replaceByOrganisation(principal: Principal, passId: string, reason: BlockReason) {
    passesPolicy.authorize(principal, 'pass.manage');
    return this.replace(principal.tenantId, passId, reason, actorId(principal));
  }

  async block(principal: Principal, passId: string, reason: BlockReason) {
    passesPolicy.authorize(principal, 'pass.manage');
    return this.db.transaction().execute((tx) => blockPassTx(tx, { tenantId: principal.tenantId, passId, reason }));
  }

  async unblock(principal: Principal, passId: string) {
    passesPolicy.authorize(principal, 'pass.manage');
    return this.db.transaction().execute((tx) => unblockPassTx(tx, principal.tenantId, passId));
  }

  private async replace(tenantId: string, passId: string, reason: BlockReason, recordedBy: string) {
    const result = await this.db
      .transaction()
      .execute((tx) => replacePassTx(tx, { tenantId, passId, reason, recordedBy }));
    if (result.revokedDevices > 0) this.lookup.forgetAll();
    return result;
  }
}
