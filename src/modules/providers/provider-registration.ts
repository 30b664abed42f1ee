import type { Db } from '../../db/database.ts';
import './providers.tables.ts';

/**
 * A provider with one location, made for a partner organisation whose supported activity becomes
 * an offer on the pass (the partners module calls this; it may not write these tables itself).
 */
export async function createProviderWithLocation(
  tx: Db,
  tenantId: string,
  input: {
    name: string;
    kind: 'community_centre' | 'volunteer_initiative' | 'non_profit';
    email: string;
    description: string;
    wijkCode: string;
    city: string;
  },
): Promise<{ providerId: string; locationId: string }> {
  const provider = await tx
    .insertInto('providers')
    .values({
      tenant_id: tenantId,
      name: input.name,
      kind: input.kind,
      email: input.email,
      description: input.description,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  const location = await tx
    .insertInto('locations')
    .values({
      tenant_id: tenantId,
      provider_id: provider.id,
      name: input.name,
      street: '',
      postcode: '',
      city: input.city,
      wijk_code: input.wijkCode,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  return { providerId: provider.id, locationId: location.id };
}
