import { describe, expect, it } from 'vitest';
import { MollieProvider, mapMollieStatus, type MollieClientLike, type MolliePaymentLike } from './mollie-provider.ts';
import { centsToValue, PaymentNotFoundError, valueToCents } from './payment-provider.ts';

/** The Mollie provider against a stub of the Mollie client: no network, only the mapping. */
function stubClient(payment: Partial<MolliePaymentLike> = {}) {
  const calls: { method: string; args: unknown }[] = [];
  const full: MolliePaymentLike = {
    id: 'tr_WDqYK6vllg',
    status: 'open',
    amount: { currency: 'EUR', value: '45.00' },
    _links: { checkout: { href: 'https://www.mollie.com/checkout/select-method/WDqYK6vllg' } },
    ...payment,
  };
  const client: MollieClientLike = {
    payments: {
      create: async (args) => {
        calls.push({ method: 'payments.create', args });
        return full;
      },
      get: async (id) => {
        calls.push({ method: 'payments.get', args: id });
        if (id === 'tr_missing') throw Object.assign(new Error('The resource does not exist'), { statusCode: 404 });
        return full;
      },
    },
    paymentRefunds: {
      create: async (args) => {
        calls.push({ method: 'paymentRefunds.create', args });
        return {};
      },
    },
  };
  return { client, calls };
}

describe('MollieProvider', () => {
  it('creates a payment in euros with two decimals and returns the checkout URL', async () => {
    const { client, calls } = stubClient();
    const provider = new MollieProvider({ client });
    const created = await provider.createPayment({
      amountCents: 4500,
      description: 'Zaanse Pas: 3 passen',
      redirectUrl: 'https://pas.example/pas-kopen/bestelling/1',
      webhookUrl: 'https://pas.example/api/v1/payment-webhooks/mollie',
      metadata: { orderId: '1' },
    });
    expect(created).toEqual({
      paymentId: 'tr_WDqYK6vllg',
      checkoutUrl: 'https://www.mollie.com/checkout/select-method/WDqYK6vllg',
    });
    expect(calls[0]).toEqual({
      method: 'payments.create',
      args: {
        amount: { currency: 'EUR', value: '45.00' },
        description: 'Zaanse Pas: 3 passen',
        redirectUrl: 'https://pas.example/pas-kopen/bestelling/1',
        webhookUrl: 'https://pas.example/api/v1/payment-webhooks/mollie',
        metadata: { orderId: '1' },
      },
    });
  });

  it("prefers the client's getCheckoutUrl() and refuses a payment without a checkout", async () => {
    const withHelper = new MollieProvider({
      client: stubClient({ getCheckoutUrl: () => 'https://mollie.test/helper' }).client,
    });
    expect(
      (
        await withHelper.createPayment({
          amountCents: 1,
          description: 'x',
          redirectUrl: 'r',
          webhookUrl: 'w',
          metadata: {},
        })
      ).checkoutUrl,
    ).toBe('https://mollie.test/helper');
    const without = new MollieProvider({ client: stubClient({ _links: {} }).client });
    await expect(
      without.createPayment({ amountCents: 1, description: 'x', redirectUrl: 'r', webhookUrl: 'w', metadata: {} }),
    ).rejects.toThrow(/no checkout URL/);
  });

  it("maps Mollie's statuses: only paid is paid; pending and authorized are still open", async () => {
    const cases: [string, string][] = [
      ['open', 'open'],
      ['pending', 'open'],
      ['authorized', 'open'],
      ['paid', 'paid'],
      ['failed', 'failed'],
      ['canceled', 'canceled'],
      ['expired', 'expired'],
      ['something-new', 'open'],
    ];
    for (const [mollie, ours] of cases) expect(mapMollieStatus(mollie)).toBe(ours);
    const provider = new MollieProvider({
      client: stubClient({ status: 'paid', amount: { currency: 'EUR', value: '12.34' } }).client,
    });
    expect(await provider.getPayment('tr_WDqYK6vllg')).toEqual({ status: 'paid', amountCents: 1234, currency: 'EUR' });
    const dollars = new MollieProvider({
      client: stubClient({ status: 'paid', amount: { currency: 'USD', value: '45.00' } }).client,
    });
    expect(await dollars.getPayment('tr_WDqYK6vllg')).toMatchObject({ currency: 'USD', amountCents: 4500 });
  });

  it('builds the real Mollie client from an API key (without calling Mollie)', () => {
    expect(new MollieProvider({ apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' }).name).toBe('mollie');
  });

  it("turns Mollie's 404 into PaymentNotFoundError", async () => {
    const provider = new MollieProvider({ client: stubClient().client });
    await expect(provider.getPayment('tr_missing')).rejects.toBeInstanceOf(PaymentNotFoundError);
  });

  it('refunds in euros with the idempotency key', async () => {
    const { client, calls } = stubClient();
    await new MollieProvider({ client }).refund('tr_WDqYK6vllg', 2505, 'refund-order-1');
    expect(calls).toEqual([
      {
        method: 'paymentRefunds.create',
        args: {
          paymentId: 'tr_WDqYK6vllg',
          amount: { currency: 'EUR', value: '25.05' },
          idempotencyKey: 'refund-order-1',
        },
      },
    ]);
  });

  it('converts cents and euro strings exactly', () => {
    expect([0, 1, 99, 100, 2500, 123456].map(centsToValue)).toEqual([
      '0.00',
      '0.01',
      '0.99',
      '1.00',
      '25.00',
      '1234.56',
    ]);
    expect(['0.01', '25.00', '1234.56'].map(valueToCents)).toEqual([1, 2500, 123456]);
    expect(() => valueToCents('25.5')).toThrow();
    expect(() => valueToCents('25.001')).toThrow();
    expect(() => centsToValue(0.5)).toThrow();
  });
});
