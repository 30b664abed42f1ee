import type { Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { DomainError } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { blockPassTx, replacePassTx, unblockPassTx } from './pass-life-cycle.ts';
import { normalizePassNumber } from './pass-number.ts';
import { passesPolicy } from './passes.policy.ts';
import type { PassesService } from './passes.service.ts';
import type { BlockReason } from './passes.tables.ts';
import type { QrKeyLookup } from './qr-keys.ts';

/**
 * What a caller writes in the same transaction as the change it asked for (the holder's file: its
 * audit). It runs after the change; if it throws, the change is undone with it.
 */
export type RecordChange<T> = (tx: Transaction<DB>, done: T) => Promise<void>;

export type BlockDone = Awaited<ReturnType<typeof blockPassTx>>;
export type UnblockDone = Awaited<ReturnType<typeof unblockPassTx>>;
export type ReplaceDone = Awaited<ReturnType<typeof replacePassTx>>;

/**
 * The pass organisation blocks, unblocks and replaces any pass of its municipality: the one rule,
 * for the passes routes and for the holder's file (which passes `record` to audit the change).
 */
export async function blockPassByOrganisation(
  db: Db,
  principal: Principal,
  input: { passId: string; reason: BlockReason },
  record?: RecordChange<BlockDone>,
) {
  passesPolicy.authorize(principal, 'pass.manage');
  return db.transaction().execute(async (tx) => {
    const done = await blockPassTx(tx, { tenantId: principal.tenantId, passId: input.passId, reason: input.reason });
    await record?.(tx, done);
    return done;
  });
}

export async function unblockPassByOrganisation(
  db: Db,
  principal: Principal,
  passId: string,
  record?: RecordChange<UnblockDone>,
) {
  passesPolicy.authorize(principal, 'pass.manage');
  return db.transaction().execute(async (tx) => {
    const done = await unblockPassTx(tx, principal.tenantId, passId);
    await record?.(tx, done);
    return done;
  });
}

export async function replacePassByOrganisation(
  db: Db,
  lookup: QrKeyLookup,
  principal: Principal,
  input: { passId: string; reason: BlockReason },
  record?: RecordChange<ReplaceDone>,
) {
  passesPolicy.authorize(principal, 'pass.manage');
  return replaceInTransaction(db, lookup, principal.tenantId, input.passId, input.reason, actorId(principal), record);
}

async function replaceInTransaction(
  db: Db,
  lookup: QrKeyLookup,
  tenantId: string,
  passId: string,
  reason: BlockReason,
  recordedBy: string,
  record?: RecordChange<ReplaceDone>,
) {
  const result = await db.transaction().execute(async (tx) => {
    const done = await replacePassTx(tx, { tenantId, passId, reason, recordedBy });
    await record?.(tx, done);
    return done;
  });
  // A lost phone's devices are revoked: the till's lookup asks the database next time.
  if (result.revokedDevices > 0) lookup.forgetAll();
  return result;
}

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
    return replaceInTransaction(this.db, this.lookup, principal.tenantId, target.id, input.reason, actorId(principal));
  }

  async replaceByOrganisation(principal: Principal, passId: string, reason: BlockReason) {
    return replacePassByOrganisation(this.db, this.lookup, principal, { passId, reason });
  }

  async block(principal: Principal, passId: string, reason: BlockReason) {
    return blockPassByOrganisation(this.db, principal, { passId, reason });
  }

  async unblock(principal: Principal, passId: string) {
    return unblockPassByOrganisation(this.db, principal, passId);
  }
}
