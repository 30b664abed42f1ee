import type { Db } from '../../db/database.ts';
import type { Principal } from '../access/principal.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { TasteRepository } from './taste.repository.ts';
import { tastePolicy } from './taste.policy.ts';

/**
 * A wider taste (seed 004: "smaakverbreding"): a holder who opts in sees kinds of offers they have
 * not tried, from their own history only. Nothing is computed or kept without the opt-in.
 */
export class TasteService {
  constructor(private readonly db: Db) {}

  async suggestions(principal: Principal) {
    tastePolicy.authorize(principal, 'taste.own');
    const holderId = (principal as Extract<Principal, { kind: 'resident' }>).holderId;
    const repo = new TasteRepository(this.db);
    if (!(await repo.isOptedIn(principal.tenantId, holderId))) return { optedIn: false, items: [] };
    const rows = await repo.untriedCategories(principal.tenantId, holderId, todayInNetherlands());
    return {
      optedIn: true,
      items: rows.map((r) => ({ category: r.category, nameNl: r.name_nl, nameEn: r.name_en, offers: r.offers ?? [] })),
    };
  }

  async setOptIn(principal: Principal, optedIn: boolean) {
    tastePolicy.authorize(principal, 'taste.own');
    const holderId = (principal as Extract<Principal, { kind: 'resident' }>).holderId;
    const repo = new TasteRepository(this.db);
    if (optedIn) await repo.optIn(principal.tenantId, holderId);
    else await repo.optOut(principal.tenantId, holderId);
    return this.suggestions(principal);
  }
}
