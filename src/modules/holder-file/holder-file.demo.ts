import type { DemoContext } from '../../http/module-manifest.ts';
import { HolderFileRepository } from './holder-file.repository.ts';

/**
 * Addresses for the demo's holders (real Zaanstad streets, postcodes of their place), and a note
 * and a corrected address on Fatima El Amrani's file, so the holder's file in Beheer shows each part.
 */
const STREETS: readonly [street: string, postcode: string, city: string][] = [
  ['Gedempte Gracht', '1506 CG', 'Zaandam'],
  ['Peperstraat', '1502 AH', 'Zaandam'],
  ['Poelenburg', '1504 NH', 'Zaandam'],
  ['Fluitschip', '1507 BB', 'Zaandam'],
  ['Westzijde', '1506 EA', 'Zaandam'],
  ['Oostzijde', '1502 BL', 'Zaandam'],
  ['Rosmolenstraat', '1502 AC', 'Zaandam'],
  ['Zuiddijk', '1501 CB', 'Zaandam'],
  ['Vincent van Goghweg', '1506 JB', 'Zaandam'],
  ['Zaanweg', '1521 DM', 'Wormerveer'],
  ['Marktstraat', '1521 DX', 'Wormerveer'],
  ['Zuiderhoofdstraat', '1561 AP', 'Krommenie'],
  ['Dorpsstraat', '1566 AA', 'Assendelft'],
  ['Lagedijk', '1544 BH', 'Zaandijk'],
  ['Hoogstraat', '1541 KZ', 'Koog aan de Zaan'],
  ['J.J. Allanstraat', '1551 RD', 'Westzaan'],
];

export async function holderFileDemo({ tx, tenantId, random }: DemoContext) {
  const rng = random('holder-file');
  const holders = await tx
    .selectFrom('holders')
    .select(['id', 'name', 'email'])
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const rows = holders.map((h) => {
    const [street, postcode, city] = rng.pick(STREETS);
    return {
      tenant_id: tenantId,
      holder_id: h.id,
      street,
      house_number: String(rng.int(1, 180)),
      postcode,
      city,
    };
  });
  for (let i = 0; i < rows.length; i += 1000)
    await tx
      .insertInto('holder_addresses')
      .values(rows.slice(i, i + 1000))
      .execute();

  const fatima = holders.find((h) => h.email === 'fatima@voorbeeld.demo');
  if (!fatima) return;
  const repo = new HolderFileRepository(tx);
  await repo.saveAddress(tenantId, fatima.id, {
    street: 'Poelenburg',
    houseNumber: '112',
    postcode: '1504 NH',
    city: 'Zaandam',
  });
  await repo.insertAudit({
    tenantId,
    holderId: fatima.id,
    action: 'details.corrected',
    changes: [{ field: 'address', from: 'Fluitschip 14, 1507 BB Zaandam', to: 'Poelenburg 112, 1504 NH Zaandam' }],
    actor: 'demo',
    actorName: 'Marieke (Zaanse Pas)',
  });
  await repo.insertNote({
    tenantId,
    holderId: fatima.id,
    body: 'Belde over de kinderpas van Yasmina: die staat nu goed. Verhuisd binnen Poelenburg, adres aangepast.',
    writtenBy: 'demo',
    writtenByName: 'Marieke (Zaanse Pas)',
  });
}
