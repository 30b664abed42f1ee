import type { Config } from '../../config.ts';
import type { PaymentProviderName } from './sales.tables.ts';

/**
 * Which payment provider sells passes, read from the environment:
 * - STADSPAS_PAYMENT_PROVIDER: `mollie` or `test`. Default: `mollie` when STADSPAS_MOLLIE_API_KEY is
 *   set, otherwise `test` (the built-in test provider: no real money).
 * - STADSPAS_MOLLIE_API_KEY: the Mollie API key (`test_...` or `live_...`).
 * In production the test provider only runs when STADSPAS_PAYMENT_PROVIDER=test says so
 * explicitly; otherwise pass sales are switched off rather than accepting fake payments.
 */
export interface SalesConfig {
  provider: PaymentProviderName | null;
  mollieApiKey: string | undefined;
}

export function loadSalesConfig(
  config: Pick<Config, 'environment'>,
  env: NodeJS.ProcessEnv = process.env,
): SalesConfig {
  const mollieApiKey = env.STADSPAS_MOLLIE_API_KEY || undefined;
  const chosen = env.STADSPAS_PAYMENT_PROVIDER;
  if (chosen === 'mollie') return { provider: mollieApiKey ? 'mollie' : null, mollieApiKey };
  if (chosen === 'test') return { provider: 'test', mollieApiKey };
  if (mollieApiKey) return { provider: 'mollie', mollieApiKey };
  return { provider: config.environment === 'production' ? null : 'test', mollieApiKey };
}
