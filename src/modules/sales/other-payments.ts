import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { MollieProvider } from './mollie-provider.ts';
import type { PaymentProvider } from './payment-provider.ts';
import { loadSalesConfig } from './sales.config.ts';
import type { PaymentProviderName, PaymentStatus } from './sales.tables.ts';
import { TestPaymentProvider } from './test-payment-provider.ts';

/**
 * Other modules that take payments through the sales module's payment provider (gift passes,
 * for example). They create payments with `activePaymentProvider` and register a handler: when a
 * webhook (or the test checkout) names a payment that is not a pass order, the sales module asks
 * each handler in turn. A handler answers null for a payment it does not know. A handler is bound
 * to its app's database, so the app removes it when it closes (several apps in one process: tests).
 */
export type OtherPaymentHandler = (
  tenantId: string,
  providerName: PaymentProviderName,
  paymentId: string,
  provider: PaymentProvider,
) => Promise<{ status: PaymentStatus } | null>;

const handlers = new Set<OtherPaymentHandler>();

/** Registers a handler; the returned function removes it again (call it when the app closes). */
export function registerPaymentHandler(handler: OtherPaymentHandler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

export function otherPaymentHandlers(): readonly OtherPaymentHandler[] {
  return [...handlers];
}

/** The payment provider that sells here (as for pass orders), or null when none is configured. */
export function activePaymentProvider(
  db: Db,
  config: Config,
  tenantId: string,
): { name: PaymentProviderName; provider: PaymentProvider } | null {
  const sales = loadSalesConfig(config);
  return sales.provider
    ? { name: sales.provider, provider: paymentProviderNamed(db, config, tenantId, sales.provider) }
    : null;
}

/** The provider of this name, to ask about a payment it made. */
export function paymentProviderNamed(
  db: Db,
  config: Config,
  tenantId: string,
  name: PaymentProviderName,
): PaymentProvider {
  if (name === 'test') return new TestPaymentProvider(db, tenantId);
  const { mollieApiKey } = loadSalesConfig(config);
  if (!mollieApiKey) throw new Error('Mollie is not configured here.');
  return new MollieProvider({ apiKey: mollieApiKey });
}
