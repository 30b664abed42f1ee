import { notFound } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import type { AreasRepository } from './areas.repository.ts';
import { areasPolicy } from './areas.policy.ts';

/** The municipality's wijken and buurten: public, part of the catalogue. */
export class AreasService {
  constructor(
    private readonly repo: AreasRepository,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {}

  listWijken(principal: Principal) {
    areasPolicy.authorize(principal, 'areas.read');
    return this.repo.listWijken(principal.tenantId, this.today());
  }

  async getWijk(principal: Principal, code: string) {
    areasPolicy.authorize(principal, 'areas.read');
    const wijk = await this.repo.findWijk(principal.tenantId, code, this.today());
    if (!wijk) throw notFound(`Wijk ${code}`);
    return wijk;
  }
}
