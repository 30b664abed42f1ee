import type { PaymentProviderName, PaymentStatus } from './sales.tables.ts';

/**
 * What the sales module needs from a payment service provider. The platform never holds the
 * money: the provider pays it into the municipality's account; we only record the sale once the
 * provider itself says the payment is paid.
 */
export interface CreatePaymentInput {
  amountCents: number;
  description: string;
  /** Where the provider sends the buyer's browser after the checkout. */
  redirectUrl: string;
  /** Where the provider posts `{ id }` when the payment's status changes. */
  webhookUrl: string;
  metadata: Record<string, string>;
}

export interface CreatedPayment {
  paymentId: string;
  checkoutUrl: string;
}

export interface PaymentInfo {
  status: PaymentStatus;
  amountCents: number;
  /** ISO 4217; only EUR is ever booked. */
  currency: string;
}

export interface PaymentProvider {
  readonly name: PaymentProviderName;
  createPayment(input: CreatePaymentInput): Promise<CreatedPayment>;
  getPayment(paymentId: string): Promise<PaymentInfo>;
  /** Pays `amountCents` back. `idempotencyKey` makes a retry return the first refund, not a second one. */
  refund(paymentId: string, amountCents: number, idempotencyKey: string): Promise<void>;
}

/** The provider has no payment with this id (for this municipality). */
export class PaymentNotFoundError extends Error {
  constructor(readonly paymentId: string) {
    super(`payment ${paymentId} is unknown at the payment provider`);
    this.name = 'PaymentNotFoundError';
  }
}

/** Euro amounts as payment APIs write them ("25.00") to cents and back, without floating point. */
export function centsToValue(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new Error(`not an amount in cents: ${cents}`);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

export function valueToCents(value: string): number {
  const match = /^(\d+)\.(\d{2})$/.exec(value);
  if (!match) throw new Error(`not an amount with two decimals: ${JSON.stringify(value)}`);
  return Number(match[1]) * 100 + Number(match[2]);
}
