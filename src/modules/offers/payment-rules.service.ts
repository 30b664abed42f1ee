import type { Static } from '@sinclair/typebox';
import { DomainError, notFound, type InvalidParam } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { offersPolicy } from './offers.policy.ts';
import type { OffersRepository } from './offers.repository.ts';
import type { DiscountBorneBy } from './offers.tables.ts';
import type { OfferPaymentRules, PaymentRules, PaymentRulesInput } from './payment-rules.schemas.ts';

/** What an offer's payment rules look like when they leave the server. */
export function presentPaymentRules(row: {
  payable_from_credit: boolean;
  discount_borne_by: DiscountBorneBy;
  discount_scheme_id: string | null;
  discount_scheme_name: string | null;
}): Static<typeof PaymentRules> {
  return {
    payableFromCredit: row.payable_from_credit,
    discountBorneBy: row.discount_borne_by,
    discountScheme: row.discount_scheme_id
      ? { id: row.discount_scheme_id, name: row.discount_scheme_name ?? '' }
      : null,
  };
}

/** An offer's payment rules with the offer they belong to: the answer to setting them. */
export function presentOfferPaymentRules(
  row: Parameters<typeof presentPaymentRules>[0] & { id: string },
): Static<typeof OfferPaymentRules> {
  return { offerId: row.id, ...presentPaymentRules(row) };
}

/**
 * Who bears an offer's discount (the kansentarief difference included): the provider, a credit
 * scheme's fund or the actiebudget; and whether the holder may pay there from pass credit. The
 * pass organisation's money decision. Applies to redemptions from now on; booked ones keep what
 * they booked.
 */
export class PaymentRulesService {
  constructor(private readonly repo: OffersRepository) {}

  async set(principal: Principal, offerId: string, input: Static<typeof PaymentRulesInput>) {
    offersPolicy.authorize(principal, 'offer.paymentRules.manage');
    const { tenantId } = principal;
    if (!(await this.repo.findPaymentRules(tenantId, offerId))) throw notFound('This offer');
    const problems: InvalidParam[] = [];
    if (input.discountBorneBy === 'scheme') {
      if (!input.discountSchemeId) {
        problems.push({
          name: 'body.discountSchemeId',
          code: 'required',
          reason: "Say which credit scheme's fund bears the discount.",
        });
      } else if (!(await this.repo.schemeExists(tenantId, input.discountSchemeId))) {
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
    await this.repo.setPaymentRules(tenantId, offerId, {
      payableFromCredit: input.payableFromCredit,
      discountBorneBy: input.discountBorneBy,
      discountSchemeId: input.discountSchemeId ?? null,
    });
    return presentOfferPaymentRules((await this.repo.findPaymentRules(tenantId, offerId))!);
  }
}
