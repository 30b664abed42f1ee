import type { Static } from '@sinclair/typebox';
import { formatPassNumber } from '../passes/pass-number.ts';
import { formatGiftCode } from './gift-code.ts';
import type { GiftCodeRedeemed, GiftOrder, GiftOrderCreated } from './gift-passes.schemas.ts';
import type { GiftCodeRow, GiftOrderRow } from './gift-passes.service.ts';

/** The order and its codes, for its buyer and the pass organisation. Who used a code is not shown. */
export function presentGiftOrder(
  { order, codes }: { order: GiftOrderRow; codes: GiftCodeRow[] },
  today: string,
): Static<typeof GiftOrder> {
  return {
    id: order.id,
    companyName: order.company_name,
    contactName: order.contact_name,
    contactEmail: order.contact_email,
    quantity: order.quantity,
    unitPriceCents: order.unit_price_cents,
    amountCents: order.amount_cents,
    actionBudgetShareCents: order.action_budget_share_cents,
    paymentMethod: order.payment_method,
    status: order.status,
    purchaseOrderReference: order.purchase_order_reference,
    createdAt: order.created_at.toISOString(),
    paidAt: order.paid_at ? new Date(order.paid_at).toISOString() : null,
    codes: codes.map((c) => ({
      code: formatGiftCode(c.code),
      expiresOn: c.expires_on,
      status: c.redeemed_at ? 'used' : c.expires_on < today ? 'expired' : 'available',
    })),
  };
}

export function presentGiftOrderCreated(created: {
  order: GiftOrderRow;
  accessToken: string;
  checkoutUrl: string | null;
}): Static<typeof GiftOrderCreated> {
  return {
    orderId: created.order.id,
    accessToken: created.accessToken,
    status: created.order.status,
    amountCents: created.order.amount_cents,
    checkoutUrl: created.checkoutUrl,
  };
}

export function presentGiftCodeRedeemed(result: {
  passNumber: string;
  holderName: string;
  validFrom: string;
  validUntil: string;
}): Static<typeof GiftCodeRedeemed> {
  return { ...result, passNumber: formatPassNumber(result.passNumber) };
}
