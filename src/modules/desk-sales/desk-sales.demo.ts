import type { DemoContext } from '../../http/module-manifest.ts';
import { createDeskStaffAccount, hashPassword } from '../identity/identity.service.ts';
import { DeskSalesRepository } from './desk-sales.repository.ts';

/**
 * Three sales points of the Zaanstad demo (the library, the city office, a buurthuis) and a desk
 * account at the library: `balie@bibliotheekzaanstad.demo` / `Balie-demo-2026`.
 */
export const DEMO_DESK = { email: 'balie@bibliotheekzaanstad.demo', password: 'Balie-demo-2026' };

export async function deskSalesDemo({ tx, tenantId }: DemoContext) {
  const repo = new DeskSalesRepository(tx);
  const library = await repo.insertSalesPoint({
    tenantId,
    name: 'Bibliotheek Zaanstad, Centrale bibliotheek',
    kind: 'library',
    address: 'Stationsplein 1, 1506 DN Zaandam',
    wijkCode: null,
  });
  await repo.insertSalesPoint({
    tenantId,
    name: 'Stadhuis Zaandam, publiekshal',
    kind: 'city_office',
    address: 'Stadhuisplein 100, 1506 MZ Zaandam',
    wijkCode: null,
  });
  await repo.insertSalesPoint({
    tenantId,
    name: 'Buurthuis De Poelenburcht',
    kind: 'community_centre',
    address: 'Poelenburg 2, 1504 NH Zaandam',
    wijkCode: null,
  });
  const userId = await createDeskStaffAccount(tx, tenantId, {
    name: 'Balie Bibliotheek',
    email: DEMO_DESK.email,
    passwordHash: await hashPassword(DEMO_DESK.password),
  });
  await repo.assignStaff(tenantId, userId, library.id);
}
