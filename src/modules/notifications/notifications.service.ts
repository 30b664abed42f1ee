import { timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { hashSecret } from '../../shared/tokens.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { holderContact } from '../holder-file/holder-contact.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import {
  bounceKindOf,
  domainOf,
  findReference,
  mailReference,
  recipientRefusal,
  verpAddress,
  type MailBounce,
  type MailBounceListener,
} from './bounce-report.ts';
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

/**
 * Of these outbox messages: how many were sent, how many did not arrive (bounced hard, or given up
 * after every try) and how many bounced soft only.
 */
export async function messageOutcomes(db: Db, tenantId: string, ids: string[]) {
  if (ids.length === 0) return { sent: 0, bounced: 0, softBounced: 0 };
  return new NotificationsRepository(db).outcomes(tenantId, ids);
}

/** Marks e-mails as sent at `at`: history brought in (the demo's sent newsletter), not a delivery. */
export function markMessagesSent(db: Db, tenantId: string, ids: string[], at: Date) {
  return new NotificationsRepository(db).markManySent(tenantId, ids, at);
}

export type BounceOutcome = 'recorded' | 'duplicate' | 'unknown-message' | 'other-recipient' | 'not-a-bounce';

/**
 * Records a bounce of one e-mail and tells the listening modules, in one transaction: only when it
 * changed something (the same bounce twice counts once; a hard bounce after a soft one counts). A
 * report about another address than the e-mail went to is not recorded.
 */
export async function recordBounce(
  db: Db,
  listeners: readonly MailBounceListener[],
  input: { tenantId: string; messageId: string; recipient: string; status: string; detail: string | null; at: Date },
): Promise<BounceOutcome> {
  const kind = bounceKindOf(input.status);
  if (!kind) return 'not-a-bounce';
  const inTransaction = async (tx: Db): Promise<BounceOutcome> => {
    const repo = new NotificationsRepository(tx);
    const message = await repo.recipientOf(input.tenantId, input.messageId);
    if (!message) return 'unknown-message';
    if (message.to_address.toLowerCase() !== input.recipient.toLowerCase()) return 'other-recipient';
    const changed = await repo.recordBounce(input.tenantId, input.messageId, { kind, ...input });
    if (!changed) return 'duplicate';
    const bounce: MailBounce = { ...input, recipient: input.recipient.toLowerCase(), kind };
    for (const listener of listeners) await listener(tx, bounce);
    return 'recorded';
  };
  // In the caller's transaction when there is one (the demo seed), else in one of its own.
  return db.isTransaction ? inTransaction(db) : db.transaction().execute(inTransaction);
}

/**
 * Sends what is in the outbox over SMTP: up to `batchSize` messages, each taken by one process
 * only. A failed message is tried again later (after 1, 2, 4 … minutes, at most 10 times). Each
 * e-mail carries its reference (decision 0050) in its Message-ID, as ENVID and, with a bounce
 * address, in its return path. A recipient the server refuses with 5xx is a hard bounce and is not
 * tried again; with 4xx a soft bounce, tried again.
 */
export async function deliverOutbox(
  db: Db,
  mailer: Mailer,
  options: {
    from: string;
    bounceAddress?: string | undefined;
    listeners?: readonly MailBounceListener[];
    now?: Date;
    batchSize?: number;
  },
): Promise<{ sent: number; failed: number; bounced: number }> {
  const now = options.now ?? new Date();
  const repo = new NotificationsRepository(db);
  const lease = new Date(now.getTime() + 5 * 60_000);
  const messages = await repo.claimUnsent(now, lease, options.batchSize ?? 50, MAX_ATTEMPTS);
  const domain = domainOf(options.bounceAddress ?? options.from);
  let sent = 0;
  let failed = 0;
  let bounced = 0;
  for (const m of messages) {
    const reference = mailReference(m.tenant_id, m.id);
    try {
      await mailer.sendMail({
        from: options.from,
        to: m.to_address,
        subject: m.subject,
        text: m.body_text,
        ...(m.headers ? { headers: m.headers } : {}),
        messageId: `<${reference}@${domain}>`,
        ...(options.bounceAddress
          ? { envelope: { from: verpAddress(options.bounceAddress, reference), to: m.to_address } }
          : {}),
        dsn: { id: reference, return: 'headers', notify: ['failure', 'delay'], recipient: m.to_address },
      });
      await repo.markSent(m.tenant_id, m.id, new Date());
      sent++;
    } catch (error) {
      failed++;
      const refusal = recipientRefusal(error);
      if (refusal) {
        const outcome = await recordBounce(db, options.listeners ?? [], {
          tenantId: m.tenant_id,
          messageId: m.id,
          recipient: m.to_address,
          status: refusal.status,
          detail: refusal.detail,
          at: new Date(),
        });
        if (outcome === 'recorded') bounced++;
      }
      await repo.markFailed(m.tenant_id, m.id, String(error), new Date(now.getTime() + 60_000));
    }
  }
  return { sent, failed, bounced };
}

/**
 * Only the mail system posts bounce reports, with the configured secret; without one configured,
 * every report is refused (deny by default). Compared in constant time.
 */
export function authorizeBounceReport(secret: string | undefined, presented: string | undefined) {
  if (!secret) throw new DomainError('forbidden', 'Bounce reports are not accepted: no bounce secret is configured.');
  const same =
    presented !== undefined &&
    timingSafeEqual(Buffer.from(hashSecret(presented), 'hex'), Buffer.from(hashSecret(secret), 'hex'));
  if (!same) throw new DomainError('unauthenticated', 'The bounce secret is missing or wrong (HTTP Basic password).');
}

/** A bounce report as the mail system posts it: JSON, or the bounce e-mail (DSN). */
export type BounceReportInput =
  | { kind: 'json'; recipient: string; status: string; messageId: string; diagnostic?: string | undefined }
  | {
      kind: 'dsn';
      recipients: { recipient: string; status: string; diagnostic: string | null }[];
      references: string[];
    };

/**
 * Records each recipient of a bounce report on the e-mail it names. Answers per recipient what
 * happened, so the poster can see a report that named no e-mail of ours.
 */
export async function receiveBounceReport(
  db: Db,
  listeners: readonly MailBounceListener[],
  report: BounceReportInput,
  now = new Date(),
) {
  const items =
    report.kind === 'json'
      ? [
          {
            recipient: report.recipient,
            status: report.status,
            diagnostic: report.diagnostic ?? null,
            refs: [report.messageId],
          },
        ]
      : report.recipients.map((r) => ({ ...r, refs: report.references }));
  const results = [];
  for (const item of items) {
    const reference = item.refs.map(findReference).find((r) => r !== undefined);
    const kind = bounceKindOf(item.status);
    const outcome: BounceOutcome = !kind
      ? 'not-a-bounce'
      : !reference
        ? 'unknown-message'
        : await recordBounce(db, listeners, {
            tenantId: reference.tenantId,
            messageId: reference.id,
            recipient: item.recipient,
            status: item.status,
            detail: item.diagnostic,
            at: now,
          });
    results.push({ recipient: item.recipient.toLowerCase(), status: item.status, kind, outcome });
  }
  return { items: results };
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
