import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { makePassNumber } from './pass-number.ts';
import { PassesRepository, type NewPass } from './passes.repository.ts';

export type { NewPass };

/**
 * How other modules make holders and passes: only the passes module writes them. Each function
 * runs in the caller's transaction (`tx`), so a sale, an approval or an import issues its passes
 * together with the rest of its change, or not at all.
 */

/** A new holder: a resident (with e-mail) or a household member without an account of their own. */
export async function createHolder(
  tx: Db,
  tenantId: string,
  holder: { name: string; email?: string | null; birthDate?: string | null; wijkCode?: string | null },
): Promise<string> {
  const row = await new PassesRepository(tx).insertHolder(tenantId, {
    name: holder.name,
    email: holder.email ?? null,
    birthDate: holder.birthDate ?? null,
    wijkCode: holder.wijkCode ?? null,
  });
  return row.id;
}

/**
 * Issues passes with new numbers of the municipality (Luhn check digit), in order. The numbers
 * are reserved under a lock that lasts until the caller's transaction ends: two issuers never
 * hand out the same number.
 */
export async function issuePasses(
  tx: Db,
  tenantId: string,
  passes: NewPass[],
): Promise<{ id: string; number: string }[]> {
  if (passes.length === 0) return [];
  const repo = new PassesRepository(tx);
  const { municipality_code: code } = await repo.municipalityCode(tenantId);
  let serial = await repo.reserveSerials(tenantId, code, passes.length);
  const issued: { id: string; number: string }[] = [];
  for (const pass of passes)
    issued.push(await repo.insertPass(tenantId, { ...pass, number: makePassNumber(code, serial++) }));
  return issued;
}

/** Blocks passes: the till refuses them from now on. */
export function blockPasses(tx: Db, tenantId: string, passIds: string[]): Promise<void> {
  return new PassesRepository(tx).blockPasses(tenantId, passIds);
}

/** Many holders at once (an import), in one statement. Returns their ids in the same order. */
export async function createHolders(
  tx: Db,
  tenantId: string,
  holders: { name: string; email?: string | null; birthDate?: string | null; wijkCode?: string | null }[],
): Promise<string[]> {
  const rows = holders.map((h) => ({
    id: randomUUID(),
    name: h.name,
    email: h.email ?? null,
    birthDate: h.birthDate ?? null,
    wijkCode: h.wijkCode ?? null,
  }));
  await new PassesRepository(tx).insertHolders(tenantId, rows);
  return rows.map((r) => r.id);
}

/** Corrects a holder's name, e-mail address and birth date (an import with changed data). */
export async function updateHolder(
  tx: Db,
  tenantId: string,
  holderId: string,
  holder: { name: string; email: string | null; birthDate: string | null },
): Promise<void> {
  await new PassesRepository(tx).updateHolder(tenantId, holderId, holder);
}

/** Corrects many holders at once (an import with changed data), in one statement. */
export async function updateHolders(
  tx: Db,
  tenantId: string,
  holders: { id: string; name: string; email: string | null; birthDate: string | null }[],
): Promise<void> {
  await new PassesRepository(tx).updateHolders(tenantId, holders);
}

/**
 * `issuePasses` for many passes (an import): the same numbering under the same lock, inserted in
 * one statement. A pass whose `parentPassId` is the id of another pass in the same call works,
 * because each pass's id is chosen here, before the insert. Returns ids and numbers in order.
 */
export async function issuePassesInBulk(
  tx: Db,
  tenantId: string,
  passes: (NewPass & { id?: string })[],
): Promise<{ id: string; number: string }[]> {
  if (passes.length === 0) return [];
  const repo = new PassesRepository(tx);
  const { municipality_code: code } = await repo.municipalityCode(tenantId);
  const first = await repo.reserveSerials(tenantId, code, passes.length);
  const rows = passes.map((pass, i) => ({
    ...pass,
    id: pass.id ?? randomUUID(),
    number: makePassNumber(code, first + i),
  }));
  // Parents first: the foreign key to the parent pass is checked per row.
  const parentsFirst = [...rows.filter((r) => r.parentPassId === null), ...rows.filter((r) => r.parentPassId !== null)];
  await repo.insertPasses(tenantId, parentsFirst);
  return rows.map((r) => ({ id: r.id, number: r.number }));
}
