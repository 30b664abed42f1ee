import type { OfferStatus } from '../offers/offers.tables.ts';
import { notFound } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import type { AdminRepository, PageRequest } from './admin.repository.ts';
import { adminPolicy } from './admin.policy.ts';

/** The pass organisation's overviews, and its money rules per offer. Only org admins; nothing here is for providers. */
export class AdminService {
  constructor(private readonly repo: AdminRepository) {}

  async listHolders(principal: Principal, q: string | undefined, paging: PageRequest) {
    adminPolicy.authorize(principal, 'admin.read');
    return { ...(await this.repo.listHolders(principal.tenantId, clean(q), paging)), ...paging };
  }

  async listProviders(principal: Principal, q: string | undefined, paging: PageRequest) {
    adminPolicy.authorize(principal, 'admin.read');
    return { ...(await this.repo.listProviders(principal.tenantId, clean(q), paging)), ...paging };
  }

  async listOffers(
    principal: Principal,
    filter: { q?: string | undefined; status?: OfferStatus | undefined; providerId?: string | undefined },
    paging: PageRequest,
  ) {
    adminPolicy.authorize(principal, 'admin.read');
    return {
      ...(await this.repo.listOffers(principal.tenantId, { ...filter, q: clean(filter.q) }, paging)),
      ...paging,
    };
  }

  async getOffer(principal: Principal, offerId: string) {
    adminPolicy.authorize(principal, 'admin.read');
    const offer = await this.repo.findOffer(principal.tenantId, offerId);
    if (!offer) throw notFound('This offer');
    return offer;
  }
}

/** An empty or blank search finds everything. */
function clean(q: string | undefined) {
  const trimmed = q?.trim();
  return trimmed ? trimmed : undefined;
}
