import type { OfferStatus } from '../offers/offers.tables.ts';
import { DomainError, notFound, type InvalidParam } from '../../shared/errors.ts';
import type { DiscountBorneBy } from '../offers/offers.tables.ts';
import type { Principal } from '../access/principal.ts';
import type { AdminRepository, PageRequest } from './admin.repository.ts';
import { adminPolicy } from './admin.policy.ts';
import { offersPolicy } from '../offers/offers.policy.ts';

export interface PaymentRulesInput {
  payableFromCredit: boolean;
  discountBorneBy: DiscountBorneBy;
  discountSchemeId?: string | undefined;
}

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

  /**
   * Who bears the offer's discount (the kansentarief difference included): the provider, a credit
   * scheme's fund or the actiebudget; and whether the holder may pay there from pass credit.
   * Applies to redemptions from now on; booked ones keep what they booked.
   */
  async setOfferPaymentRules(principal: Principal, offerId: string, input: PaymentRulesInput) {
    offersPolicy.authorize(principal, 'offer.paymentRules.manage');
    const { tenantId } = principal;
    if (!(await this.repo.findOffer(tenantId, offerId))) throw notFound('This offer');
    const problems: InvalidParam[] = [];
    if (input.discountBorneBy === 'scheme') {
      if (!input.discountSchemeId) {
        problems.push({
          name: 'body.discountSchemeId',
          code: 'required',
          reason: "Say which credit scheme's fund bears the discount.",
        });
      } else if ((await this.repo.schemeName(tenantId, input.discountSchemeId)) === undefined) {
        problems.push({
          name: 'body.discountSchemeId',
          code: 'unknown-scheme',
          reason: 'There is no credit scheme with this id.',
        });
      }
    } else if (input.discountSchemeId) {
      problems.push({
        name: 'body.discountSchemeId',
        code: 'not-allowed',
        reason: 'Only a discount borne by a scheme fund names a scheme.',
      });
    }
    if (problems.length > 0)
      throw new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);
    await this.repo.setOfferPaymentRules(tenantId, offerId, {
      payableFromCredit: input.payableFromCredit,
      discountBorneBy: input.discountBorneBy,
      discountSchemeId: input.discountSchemeId ?? null,
    });
    // The offer as stored now, for the answer.
    return (await this.repo.findOffer(tenantId, offerId))!;
  }
}

/** An empty or blank search finds everything. */
function clean(q: string | undefined) {
  const trimmed = q?.trim();
  return trimmed ? trimmed : undefined;
}
