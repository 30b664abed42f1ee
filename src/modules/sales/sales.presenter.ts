import type { Static } from '@sinclair/typebox';
import { formatPassNumber } from '../passes/pass-number.ts';
import type { PassOrder, PassOrderSummary, PassPrices, TestPayment } from './sales.schemas.ts';
import type { Order, OrderItem, Prices } from './sales.service.ts';
import type { PaymentProviderName, PaymentStatus } from './sales.tables.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function presentPrices(prices: Prices & { provider: PaymentProviderName | null }): Static<typeof PassPrices> {
  return {
    adultPassCents: prices.adult.priceCents,
    childPassCents: prices.child.priceCents,
    adultActionBudgetShareCents: prices.adult.shareCents,
    childActionBudgetShareCents: prices.child.shareCents,
    testPayments: prices.provider === 'test',
  };
}

/**
 * An order. Without `detailed` (anyone with the order id): status and amounts only. The buyer
 * and the pass organisation also see the names and the pass numbers.
 */
export function presentOrder({
  order,
  items,
  detailed,
}: {
  order: Order;
  items: OrderItem[];
  detailed: boolean;
}): Static<typeof PassOrder> {
  return {
    id: order.id,
    status: order.status,
    amountCents: order.amount_cents,
    actionBudgetShareCents: order.action_budget_share_cents,
    paymentProvider: order.payment_provider,
    createdAt: iso(order.created_at)!,
    paidAt: iso(order.paid_at),
    refundedAt: iso(order.refunded_at),
    items: items.map((item) => ({
      passType: item.pass_kind,
      priceCents: item.price_cents,
      holderName: detailed ? item.holder_name : null,
      passNumber: detailed && item.pass_number ? formatPassNumber(item.pass_number) : null,
      passStatus: detailed ? (item.pass_status ?? null) : null,
      validFrom: item.valid_from ?? null,
      validUntil: item.valid_until ?? null,
    })),
  };
}

export function presentOrderSummary(row: Order & { holder_name: string }): Static<typeof PassOrderSummary> {
  return {
    id: row.id,
    status: row.status,
    holderName: row.holder_name,
    amountCents: row.amount_cents,
    actionBudgetShareCents: row.action_budget_share_cents,
    paymentProvider: row.payment_provider,
    paymentId: row.payment_id,
    createdAt: iso(row.created_at)!,
    paidAt: iso(row.paid_at),
    refundedAt: iso(row.refunded_at),
  };
}

export function presentTestPayment(payment: {
  id: string;
  amount_cents: number;
  description: string;
  redirect_url: string;
  status: PaymentStatus;
  created_at: Date | string;
}): Static<typeof TestPayment> {
  return {
    id: payment.id,
    amountCents: payment.amount_cents,
    description: payment.description,
    redirectUrl: payment.redirect_url,
    status: payment.status,
    createdAt: iso(payment.created_at)!,
  };
}
