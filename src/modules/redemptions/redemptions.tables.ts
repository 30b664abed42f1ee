/**
 * Columns added by migration 0004 (till credit payments and discount reimbursement), merged
 * into the table types of src/db/schema.ts by module augmentation. Imported once by the
 * redemptions repository so the augmentation is always loaded.
 */
import type { Generated } from 'kysely';

/** Who bears an offer's discount: the provider, a credit scheme's fund (discount_scheme_id) or the actiebudget. */
export type DiscountBorneBy = 'provider' | 'scheme' | 'action_budget';

declare module '../../db/schema.ts' {
  interface OffersTable {
    discount_borne_by: Generated<DiscountBorneBy>;
    discount_scheme_id: string | null;
    payable_from_credit: Generated<boolean>;
  }
  interface RedemptionsTable {
    /** Part of price_cents paid from pass credit (entry redemption_credit_payment). */
    credit_cents: Generated<number>;
    /** Discount reimbursed to the provider (entry discount_reimbursement). */
    reimbursed_cents: Generated<number>;
  }
}
