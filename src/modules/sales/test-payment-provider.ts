import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CreatePaymentInput, CreatedPayment, PaymentInfo, PaymentProvider } from './payment-provider.ts';
import { PaymentNotFoundError } from './payment-provider.ts';
import './sales.tables.ts';

/** The page of our own web app where a tester decides how a test payment ends. */
export const testCheckoutPath = (paymentId: string) => `/testbetaling/${encodeURIComponent(paymentId)}`;

/**
 * The built-in TEST payment provider: no real money moves. Its checkout is a page of our web app
 * ("Testbetaling — er wordt geen echt geld betaald") where a person chooses paid, failed or
 * canceled; then it calls our webhook, just as Mollie does. It is the default in the demo and in
 * tests, and is refused in production unless STADSPAS_PAYMENT_PROVIDER=test says so.
 *
 * Payments live in the database (table test_payments), per municipality, so every worker
 * process and a restart see the same payment.
 */
export class TestPaymentProvider implements PaymentProvider {
  readonly name = 'test' as const;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly tenantId: string,
  ) {}

  async createPayment(input: CreatePaymentInput): Promise<CreatedPayment> {
    const paymentId = `tst_${randomBytes(12).toString('hex')}`;
    await this.db
      .insertInto('test_payments')
      .values({
        tenant_id: this.tenantId,
        id: paymentId,
        amount_cents: input.amountCents,
        description: input.description,
        redirect_url: input.redirectUrl,
        webhook_url: input.webhookUrl,
        metadata: JSON.stringify(input.metadata),
      })
      .execute();
    return { paymentId, checkoutUrl: testCheckoutPath(paymentId) };
  }

  async getPayment(paymentId: string): Promise<PaymentInfo> {
    const payment = await this.find(paymentId);
    if (!payment) throw new PaymentNotFoundError(paymentId);
    return { status: payment.status, amountCents: payment.amount_cents, currency: 'EUR' };
  }

  async refund(paymentId: string, amountCents: number, _idempotencyKey: string): Promise<void> {
    // One refund per payment in this provider: the first sets the amount, a retry changes nothing.
    const updated = await this.db
      .updateTable('test_payments')
      .set({ refunded_cents: amountCents })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', paymentId)
      .where('status', '=', 'paid')
      .where('amount_cents', '>=', amountCents)
      .where((eb) => eb.or([eb('refunded_cents', '=', 0), eb('refunded_cents', '=', amountCents)]))
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new Error(`test payment ${paymentId} cannot be refunded`);
  }

  find(paymentId: string) {
    return this.db
      .selectFrom('test_payments')
      .select([
        'id',
        'amount_cents',
        'description',
        'redirect_url',
        'webhook_url',
        'status',
        'refunded_cents',
        'created_at',
      ])
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', paymentId)
      .executeTakeFirst();
  }

  /** The tester's choice on the checkout page. Only an open payment can end; it ends once. */
  async complete(paymentId: string, status: 'paid' | 'failed' | 'canceled') {
    const updated = await this.db
      .updateTable('test_payments')
      .set({ status })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', paymentId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1;
  }
}
