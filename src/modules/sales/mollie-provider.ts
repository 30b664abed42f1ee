import { createMollieClient } from '@mollie/api-client';
import type { CreatePaymentInput, CreatedPayment, PaymentInfo, PaymentProvider } from './payment-provider.ts';
import { centsToValue, PaymentNotFoundError, valueToCents } from './payment-provider.ts';
import type { PaymentStatus } from './sales.tables.ts';

/** The part of the Mollie client this provider uses; tests pass a stub of it. */
export interface MollieClientLike {
  payments: {
    create(parameters: {
      amount: { currency: string; value: string };
      description: string;
      redirectUrl: string;
      webhookUrl: string;
      metadata: Record<string, string>;
    }): Promise<MolliePaymentLike>;
    get(id: string): Promise<MolliePaymentLike>;
  };
  paymentRefunds: {
    create(parameters: {
      paymentId: string;
      amount: { currency: string; value: string };
      idempotencyKey?: string;
      description?: string;
    }): Promise<unknown>;
  };
}

export interface MolliePaymentLike {
  id: string;
  status: string;
  amount: { currency: string; value: string };
  getCheckoutUrl?: () => string | null;
  _links?: { checkout?: { href: string } | null };
}

/**
 * Mollie's statuses in ours. Only `paid` leads to a booking; `pending` and `authorized` are
 * not final yet, so they count as open. Anything unknown is open too: it books nothing.
 */
export function mapMollieStatus(status: string): PaymentStatus {
  switch (status) {
    case 'paid':
      return 'paid';
    case 'failed':
      return 'failed';
    case 'canceled':
      return 'canceled';
    case 'expired':
      return 'expired';
    default:
      return 'open';
  }
}

const isNotFound = (error: unknown) => {
  const e = error as { statusCode?: number; status?: number } | null;
  return e?.statusCode === 404 || e?.status === 404;
};

/** Payments through Mollie (`@mollie/api-client`), configured by STADSPAS_MOLLIE_API_KEY. */
export class MollieProvider implements PaymentProvider {
  readonly name = 'mollie' as const;
  private readonly client: MollieClientLike;

  constructor(options: { apiKey: string } | { client: MollieClientLike }) {
    this.client = 'client' in options ? options.client : createMollieClient({ apiKey: options.apiKey });
  }

  async createPayment(input: CreatePaymentInput): Promise<CreatedPayment> {
    const payment = await this.client.payments.create({
      amount: { currency: 'EUR', value: centsToValue(input.amountCents) },
      description: input.description,
      redirectUrl: input.redirectUrl,
      webhookUrl: input.webhookUrl,
      metadata: input.metadata,
    });
    const checkoutUrl = payment.getCheckoutUrl?.() ?? payment._links?.checkout?.href ?? null;
    if (!checkoutUrl) throw new Error(`Mollie payment ${payment.id} has no checkout URL`);
    return { paymentId: payment.id, checkoutUrl };
  }

  async getPayment(paymentId: string): Promise<PaymentInfo> {
    let payment: MolliePaymentLike;
    try {
      payment = await this.client.payments.get(paymentId);
    } catch (error) {
      if (isNotFound(error)) throw new PaymentNotFoundError(paymentId);
      throw error;
    }
    return {
      status: mapMollieStatus(payment.status),
      amountCents: valueToCents(payment.amount.value),
      currency: payment.amount.currency,
    };
  }

  async refund(paymentId: string, amountCents: number, idempotencyKey: string): Promise<void> {
    await this.client.paymentRefunds.create({
      paymentId,
      amount: { currency: 'EUR', value: centsToValue(amountCents) },
      idempotencyKey,
    });
  }
}
