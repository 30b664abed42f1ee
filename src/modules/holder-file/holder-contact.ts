import type { Db } from '../../db/database.ts';

/**
 * How to reach a holder, for other modules (notifications writes an e-mail or, without an e-mail
 * address, a letter): name, e-mail address and postal address. Undefined for an unknown holder.
 */
export async function holderContact(db: Db, tenantId: string, holderId: string) {
  const row = await db
    .selectFrom('holders as h')
    .leftJoin('holder_addresses as a', (join) =>
      join.onRef('a.tenant_id', '=', 'h.tenant_id').onRef('a.holder_id', '=', 'h.id'),
    )
    .select(['h.name', 'h.email', 'a.street', 'a.house_number', 'a.postcode', 'a.city'])
    .where('h.tenant_id', '=', tenantId)
    .where('h.id', '=', holderId)
    .executeTakeFirst();
  if (!row) return undefined;
  const address =
    row.street && row.postcode
      ? [`${row.street} ${row.house_number ?? ''}`.trim(), `${row.postcode}  ${(row.city ?? '').toUpperCase()}`]
      : null;
  return { name: row.name, email: row.email, address };
}
