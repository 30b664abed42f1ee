import nodemailer from 'nodemailer';

/**
 * Real e-mail over SMTP (nodemailer), configured by the environment:
 *
 * - `STADSPAS_SMTP_URL`: the SMTP server, e.g. `smtps://user:password@smtp.example.nl:465` or
 *   `smtp://localhost:1025` (a local catcher such as Mailpit). Without it no e-mail leaves the
 *   platform: messages stay in the outbox (development and tests).
 * - `STADSPAS_MAIL_FROM`: the sender, e.g. `"Zaanse Pas" <zaansepas@zaanstad.nl>`.
 *
 * In tests (NODE_ENV=test) it is never used: periodic jobs do not run there.
 */
export interface MailConfig {
  smtpUrl: string | undefined;
  from: string;
}

export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  return {
    smtpUrl: env.STADSPAS_SMTP_URL?.trim() || undefined,
    from: env.STADSPAS_MAIL_FROM?.trim() || 'Stadspas <noreply@localhost>',
  };
}

/** What delivery needs of a mailer: nodemailer's transporter, or a test's fake. */
export interface Mailer {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    headers?: Record<string, string>;
  }): Promise<unknown>;
}

let cached: { url: string; mailer: Mailer } | undefined;

/** The SMTP mailer of this configuration (one per process), or undefined without SMTP. */
export function mailerFor(config: MailConfig): Mailer | undefined {
  if (!config.smtpUrl) return undefined;
  if (cached?.url !== config.smtpUrl)
    cached = { url: config.smtpUrl, mailer: nodemailer.createTransport(config.smtpUrl) };
  return cached.mailer;
}
