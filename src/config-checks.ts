import type { Config } from './config.ts';
import { DEVELOPMENT_BOUNCE_SECRET, DEVELOPMENT_QR_SECRET } from './config.ts';

/** The shortest QR secret accepted in production: 32 characters (openssl rand -base64 48 gives 64). */
export const MIN_SECRET_LENGTH = 32;

/**
 * What keeps this configuration from running in production: one line per variable to set, or
 * none. In development and tests, nothing: the development defaults are there to be used.
 *
 * - STADSPAS_QR_SECRET signs the rotating QR codes on passes and is the key the till quotes are
 *   sealed with (till-quote.ts derives its key from it). With the default from the source code
 *   anyone could forge a pass's QR code and read the quotes. Apart from the bounce secret below, session
 *   cookies and API tokens are random values of which only a hash is stored, and cookies are not
 *   signed.
 * - STADSPAS_BOUNCE_SECRET lets the mail system post bounce reports (decision 0050). Unset, every
 *   report is refused; set, it must not be the development value and must be as long as above.
 * - STADSPAS_SEED_DEMO must be said out loud: the demo's accounts have their passwords in the
 *   README, so a production server that seeded it by default would open its admin pages to all.
 */
export function productionProblems(config: Config, env: NodeJS.ProcessEnv = process.env): string[] {
  if (config.environment !== 'production') return [];
  const problems: string[] = [];
  const secret = config.qrSecret;
  if (secret === DEVELOPMENT_QR_SECRET)
    problems.push(
      'STADSPAS_QR_SECRET: it signs the QR codes on passes and seals the till quotes; the development value is public. ' +
        `Set a random value of at least ${MIN_SECRET_LENGTH} characters, for example: openssl rand -base64 48`,
    );
  else if (secret.length < MIN_SECRET_LENGTH)
    problems.push(
      `STADSPAS_QR_SECRET: it is ${secret.length} characters; use a random value of at least ${MIN_SECRET_LENGTH}, ` +
        'for example: openssl rand -base64 48',
    );
  const bounce = config.bounceSecret;
  if (bounce !== undefined && (bounce === DEVELOPMENT_BOUNCE_SECRET || bounce.length < MIN_SECRET_LENGTH))
    problems.push(
      'STADSPAS_BOUNCE_SECRET: bounce reports are accepted with it, and ' +
        (bounce === DEVELOPMENT_BOUNCE_SECRET
          ? 'the development value is public. '
          : `it is ${bounce.length} characters. `) +
        `Set a random value of at least ${MIN_SECRET_LENGTH} characters (openssl rand -base64 48), or leave it unset to refuse bounce reports`,
    );
  if (env.STADSPAS_SEED_DEMO !== 'true' && env.STADSPAS_SEED_DEMO !== 'false')
    problems.push(
      'STADSPAS_SEED_DEMO: the demo accounts have public passwords. Set false for a real installation ' +
        '(or true only for a public demonstration server)',
    );
  return problems;
}

/** The message to stop with, or undefined when the configuration may start. */
export function productionRefusal(config: Config, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const problems = productionProblems(config, env);
  if (problems.length === 0) return undefined;
  return [
    'Stadspas does not start in production (NODE_ENV=production) with development secrets. Set these variables:',
    ...problems.map((p) => `  - ${p}`),
    'See "Configuration" in README.md.',
  ].join('\n');
}
