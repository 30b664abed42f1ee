import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { holderContact } from '../holder-file/holder-contact.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { lettersPdf } from './letters-pdf.ts';
import type { Mailer } from './mail-transport.ts';
import { notificationsPolicy } from './notifications.policy.ts';
import { MAX_ATTEMPTS, NotificationsRepository } from './notifications.repository.ts';
import {
  commonValues,
  fillTemplate,
  isTemplateKey,
  PREVIEW_EXAMPLES,
  TEMPLATES,
  unknownPlaceholders,
  type TemplateKey,
} from './templates.ts';

export interface OutgoingMessage {
  tenantId: string;
  /** Set by callers that keep a reference to the message (e.g. a warning that was sent). */
  id?: string;
  to: string;
  subject: string;
  bodyText: string;
  /** Extra e-mail headers, e.g. List-Unsubscribe of a newsletter. */
  headers?: Record<string, string> | undefined;
}

/**
 * Puts an e-mail in the outbox, in the caller's transaction: it is sent only if the change it
 * tells about is committed. Returns the message's id.
 */
export function enqueueMessage(db: Db, message: OutgoingMessage): Promise<string> {
  return new NotificationsRepository(db).insert(message);
}

/** Many e-mails at once (an import), in the caller's transaction and one statement. */
export function enqueueMessages(db: Db, messages: OutgoingMessage[]): Promise<void> {
  return new NotificationsRepository(db).insertMany(messages);
}

/** A template's subject and text for a municipality: its own, or the built-in one. */
async function templateOf(repo: NotificationsRepository, tenantId: string, key: TemplateKey) {
  const own = (await repo.templates(tenantId)).find((t) => t.key === key);
  return own ?? TEMPLATES[key];
}

/**
 * Writes to a holder with the municipality's template, in the caller's transaction: an e-mail
 * when the holder has an e-mail address, otherwise a letter in the day's batch to print (when the
 * holder's file has an address). Returns how it goes, or 'none' when there is no way to reach them.
 */
export async function writeToHolder(
  db: Db,
  input: { tenantId: string; holderId: string; template: TemplateKey; values?: Record<string, string>; now?: Date },
): Promise<'email' | 'letter' | 'none'> {
  const repo = new NotificationsRepository(db);
  const [contact, tenant] = await Promise.all([
    holderContact(db, input.tenantId, input.holderId),
    repo.tenant(input.tenantId),
  ]);
  if (!contact || !tenant) return 'none';
  const template = await templateOf(repo, input.tenantId, input.template);
  const values = Object.assign(commonValues(tenant, contact.name, input.now ?? new Date()), input.values);
  const subject = fillTemplate(template.subject, values);
  const bodyText = fillTemplate(template.body, values);
  if (contact.email) {
    await repo.insert({ tenantId: input.tenantId, to: contact.email, subject, bodyText });
    return 'email';
  }
  if (!contact.address) return 'none';
  await repo.insertLetter({
    tenantId: input.tenantId,
    holderId: input.holderId,
    name: contact.name,
    addressLines: contact.address,
    subject,
    bodyText,
  });
  return 'letter';
}

/**
 * Writes a text of another module (a newsletter) to a holder, in the caller's transaction, in the
 * channel the holder chose: an e-mail to the address in their file (with `headers`), or a letter to
 * the address in their file. Returns the outbox message's id for an e-mail, 'letter', or 'none'
 * when the holder cannot be reached that way.
 */
export async function writeTextToHolder(
  db: Db,
  input: {
    tenantId: string;
    holderId: string;
    channel: 'email' | 'letter';
    subject: string;
    bodyText: (name: string) => string;
    headers?: Record<string, string> | undefined;
  },
): Promise<{ emailId: string } | 'letter' | 'none'> {
  const repo = new NotificationsRepository(db);
  const contact = await holderContact(db, input.tenantId, input.holderId);
  if (!contact) return 'none';
  if (input.channel === 'email') {
    if (!contact.email) return 'none';
    const emailId = await repo.insert({
      tenantId: input.tenantId,
      to: contact.email,
      subject: input.subject,
      bodyText: input.bodyText(contact.name),
      headers: input.headers,
    });
    return { emailId };
  }
  if (!contact.address) return 'none';
  await repo.insertLetter({
    tenantId: input.tenantId,
    holderId: input.holderId,
    name: contact.name,
    addressLines: contact.address,
    subject: input.subject,
    bodyText: input.bodyText(contact.name),
  });
  return 'letter';
}

/** Of these outbox messages: how many were sent, and how many failed for good (bounced). */
export async function messageOutcomes(db: Db, tenantId: string, ids: string[]) {
  if (ids.length === 0) return { sent: 0, bounced: 0 };
  return new NotificationsRepository(db).outcomes(tenantId, ids);
}

/**
 * Sends what is in the outbox over SMTP: up to `batchSize` messages, each taken by one process
 * only. A failed message is tried again later (after 1, 2, 4 … minutes, at most 10 times).
 */
export async function deliverOutbox(
  db: Db,
  mailer: Mailer,
  options: { from: string; now?: Date; batchSize?: number },
): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? new Date();
  const repo = new NotificationsRepository(db);
  const lease = new Date(now.getTime() + 5 * 60_000);
  const messages = await repo.claimUnsent(now, lease, options.batchSize ?? 50, MAX_ATTEMPTS);
  let sent = 0;
  let failed = 0;
  for (const m of messages) {
    try {
      await mailer.sendMail({
        from: options.from,
        to: m.to_address,
        subject: m.subject,
        text: m.body_text,
        ...(m.headers ? { headers: m.headers } : {}),
      });
      await repo.markSent(m.tenant_id, m.id, new Date());
      sent++;
    } catch (error) {
      failed++;
      await repo.markFailed(m.tenant_id, m.id, String(error), new Date(now.getTime() + 60_000));
    }
  }
  return { sent, failed };
}

/** The periodic job's work: every letter written before today goes into the batch of its day. */
export function closeLetterDays(db: Db, now: Date): Promise<number> {
  return new NotificationsRepository(db).closeLetterDays(todayInNetherlands(now));
}

/** What notifications holds about a holder, for their data download. */
export async function holderMessages(db: Db, tenantId: string, holderId: string, email: string | null) {
  const repo = new NotificationsRepository(db);
  const [emails, letters] = await Promise.all([
    email ? repo.messagesTo(tenantId, email) : Promise.resolve([]),
    repo.lettersOfHolder(tenantId, holderId),
  ]);
  return {
    emails: emails.map((m) => ({
      subject: m.subject,
      text: m.body_text,
      writtenAt: m.created_at.toISOString(),
      sentAt: m.sent_at ? new Date(m.sent_at).toISOString() : null,
    })),
    letters: letters.map((l) => ({ subject: l.subject, text: l.body_text, writtenAt: l.created_at.toISOString() })),
  };
}

/** Erasure (docs/decisions/0028): a holder's letters are deleted, e-mails to their address blanked. */
export async function eraseHolderMessages(db: Db, tenantId: string, holderId: string, email: string | null) {
  const repo = new NotificationsRepository(db);
  const letters = await repo.deleteLettersOfHolder(tenantId, holderId);
  const emails = email ? await repo.blankMessagesTo(tenantId, email) : 0;
  return { letters, emails };
}

/** Retention: e-mails and letters older than `days` days are blanked or deleted. */
export function eraseOldMessages(db: Db, now: Date, days: number) {
  return new NotificationsRepository(db).eraseOlderThan(new Date(now.getTime() - days * 86_400_000));
}

/** The development outbox, the municipality's templates and the day's letters. */
export class NotificationsService {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly config: Config,
  ) {}

  listOutbox(principal: Principal) {
    notificationsPolicy.authorize(principal, 'outbox.read');
    if (this.config.environment === 'production')
      throw new DomainError('not-found', 'The outbox exists only in development.');
    return this.repo.listNewest(principal.tenantId, 50);
  }

  async listTemplates(principal: Principal) {
    notificationsPolicy.authorize(principal, 'messageTemplate.manage');
    const own = await this.repo.templates(principal.tenantId);
    return (Object.keys(TEMPLATES) as TemplateKey[]).map((key) => {
      const mine = own.find((t) => t.key === key);
      const builtIn = TEMPLATES[key];
      return {
        key,
        description: builtIn.description,
        placeholders: [...['naam', 'pasnaam', 'gemeente', 'datum'], ...builtIn.placeholders],
        subject: mine?.subject ?? builtIn.subject,
        body: mine?.body ?? builtIn.body,
        custom: mine !== undefined,
      };
    });
  }

  async putTemplate(principal: Principal, key: string, input: { subject: string; body: string } | null) {
    notificationsPolicy.authorize(principal, 'messageTemplate.manage');
    if (!isTemplateKey(key)) throw new DomainError('message-template-not-found', `There is no template ${key}.`);
    if (input === null) await this.repo.deleteTemplate(principal.tenantId, key);
    else {
      const problems: InvalidParam[] = [];
      for (const field of ['subject', 'body'] as const)
        for (const name of unknownPlaceholders(key, input[field]))
          problems.push({ name: `body.${field}`, code: 'unknown-placeholder', reason: `{{${name}}} is not known` });
      if (problems.length > 0)
        throw new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);
      await this.repo.putTemplate(principal.tenantId, key, input.subject, input.body, actorId(principal));
    }
    return (await this.listTemplates(principal)).find((t) => t.key === key)!;
  }

  /**
   * A proof of a text before it is saved: filled with this municipality's names, an example
   * resident and today's date written the Dutch way. A placeholder the template does not know
   * stays as it is, so a typo shows in the proof.
   */
  async previewTemplate(principal: Principal, key: string, input: { subject: string; body: string }) {
    notificationsPolicy.authorize(principal, 'messageTemplate.manage');
    if (!isTemplateKey(key)) throw new DomainError('message-template-not-found', `There is no template ${key}.`);
    const tenant = await this.repo.tenant(principal.tenantId);
    const values: Record<string, string> = {
      ...commonValues({ name: tenant?.name ?? '', pass_name: tenant?.pass_name ?? '' }, 'Anna de Vries', new Date()),
      ...PREVIEW_EXAMPLES,
    };
    return { subject: fillTemplate(input.subject, values), body: fillTemplate(input.body, values) };
  }

  async letterBatches(principal: Principal) {
    notificationsPolicy.authorize(principal, 'letterBatch.read');
    const [batches, open] = await Promise.all([
      this.repo.letterBatches(principal.tenantId),
      this.repo.openLetterCount(principal.tenantId),
    ]);
    return {
      items: batches.map((b) => ({ date: b.batch_date!, letterCount: Number(b.letter_count) })),
      openCount: open,
    };
  }

  async letterBatchPdf(principal: Principal, date: string) {
    notificationsPolicy.authorize(principal, 'letterBatch.read');
    const [letters, tenant] = await Promise.all([
      this.repo.lettersOfBatch(principal.tenantId, date),
      this.repo.tenant(principal.tenantId),
    ]);
    if (letters.length === 0) throw new DomainError('letter-batch-not-found', `There are no letters of ${date}.`);
    return lettersPdf(
      letters.map((l) => ({
        recipientName: l.recipient_name,
        addressLines: l.address_lines,
        subject: l.subject,
        bodyText: l.body_text,
        writtenOn: l.created_at,
      })),
      { city: (tenant?.name ?? '').replace(/^Gemeente\s+/i, ''), passName: tenant?.pass_name ?? '' },
    );
  }
}
