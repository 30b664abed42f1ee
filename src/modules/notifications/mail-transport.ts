import nodemailer from 'nodemailer';

/**
 * Real e-mail over SMTP (nodemailer), configured by the environment:
 *
 * - `STADSPAS_SMTP_URL`: the SMTP server, e.g. `smtps://user:password@smtp.example.nl:465` or
 *   `smtp://localhost:1025` (a local catcher such as Mailpit). Without it no e-mail leaves the
 *   platform: messages stay in the outbox (development and tests).
 * - `STADSPAS_MAIL_FROM`: the sender, e.g. `"Zaanse Pas" <zaansepas@zaanstad.nl>`.
 * - `STADSPAS_BOUNCE_ADDRESS`: optional, e.g. `bounces@zaansepas.nl`: the return path of every
 *   e-mail becomes `bounces+<reference>@zaansepas.nl` (VERP), so a bounce names its e-mail even
 *   when the remote server returns no headers (decision 0050).
 *
 * In tests (NODE_ENV=test) it is never used: periodic jobs do not run there.
 */
export interface MailConfig {
  smtpUrl: string | undefined;
  from: string;
  bounceAddress: string | undefined;
}

export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  return {
    smtpUrl: env.STADSPAS_SMTP_URL?.trim() || undefined,
    from: env.STADSPAS_MAIL_FROM?.trim() || 'Stadspas <noreply@localhost>',
    bounceAddress: /^[^@\s<>]+@[^@\s<>]+$/.test(env.STADSPAS_BOUNCE_ADDRESS?.trim() ?? '')
      ? env.STADSPAS_BOUNCE_ADDRESS!.trim()
      : undefined,
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
    /** `<reference@domain>`: a bounce that returns the headers names the e-mail by it. */
    messageId?: string;
    /** The SMTP envelope, when the return path is a VERP address. */
    envelope?: { from: string; to: string };
    /** Asks for a DSN on failure or delay with our reference as ENVID (when the server offers DSN). */
    dsn?: { id: string; return: 'headers'; notify: ('failure' | 'delay')[]; recipient: string };
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
