import type { Db } from '../../db/database.ts';
import type { InvalidParam } from '../../shared/errors.ts';

/**
 * Bounces (decision 0050): how an e-mail is named so that a bounce finds it again, and the reading
 * of a bounce report, a delivery status notification (RFC 3464) inside the bounce e-mail. No mail
 * parsing library: only the parts a DSN needs are read (headers, multipart, base64 and
 * quoted-printable), every value is checked, and a report that is not a DSN names what is missing.
 */

/** Hard: the address does not work (5.x.x), nothing more goes there. Soft: a temporary failure (4.x.x). */
export type BounceKind = 'hard' | 'soft';

/** A bounce recorded on an e-mail of the outbox; handed to the modules that listen (newsletters). */
export interface MailBounce {
  tenantId: string;
  /** The outbox message's id. */
  messageId: string;
  recipient: string;
  kind: BounceKind;
  /** The enhanced status code (RFC 3463), e.g. 5.1.1. */
  status: string;
  at: Date;
}

/** What a module does when one of its e-mails bounced, in the transaction that recorded the bounce. */
export type MailBounceListener = (tx: Db, bounce: MailBounce) => Promise<void>;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TENANT = '[a-z0-9][a-z0-9_-]{0,62}';

/**
 * The reference of an outbox message: `<id>.<tenant>`. It is the left part of the Message-ID, the
 * ENVID of the SMTP envelope (returned as Original-Envelope-Id) and, with a bounce address, the
 * `+` part of the return path (VERP).
 */
export const mailReference = (tenantId: string, id: string) => `${id}.${tenantId}`;

/** The outbox message a text names by its reference, or undefined. */
export function findReference(text: string | null | undefined): { tenantId: string; id: string } | undefined {
  if (!text) return undefined;
  const match = new RegExp(`(${UUID})\\.(${TENANT})(?=$|[@>\\s;,])`, 'i').exec(text);
  return match ? { id: match[1]!.toLowerCase(), tenantId: match[2]!.toLowerCase() } : undefined;
}

/** `bounces@zaansepas.nl` + reference → `bounces+<reference>@zaansepas.nl` (VERP). */
export function verpAddress(bounceAddress: string, reference: string) {
  const at = bounceAddress.lastIndexOf('@');
  return `${bounceAddress.slice(0, at)}+${reference}${bounceAddress.slice(at)}`;
}

/** The domain of an address such as `"Zaanse Pas" <zaansepas@zaanstad.nl>`. */
export function domainOf(address: string) {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(address.trim())?.[1] ?? 'localhost';
}

/** The kind of bounce an enhanced status code means: 5 hard, 4 soft, 2 (delivered) none. */
export function bounceKindOf(status: string): BounceKind | null {
  return status.startsWith('5.') ? 'hard' : status.startsWith('4.') ? 'soft' : null;
}

const STATUS = /^([245])\.(\d{1,3})\.(\d{1,3})(?!\d)/;

/**
 * A refusal of the recipient by the SMTP server at send time (nodemailer's error of `RCPT TO`):
 * its enhanced status code (from the reply, else 5.0.0 or 4.0.0 from the reply code) and the reply.
 * Anything else (no connection, our login refused, the message refused at DATA) is not a bounce of
 * the address and gives undefined.
 */
export function recipientRefusal(error: unknown): { status: string; detail: string } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { command?: unknown; responseCode?: unknown; response?: unknown };
  const code = Number(e.responseCode);
  if (e.command !== 'RCPT TO' || !(code >= 400 && code < 600)) return undefined;
  const response = typeof e.response === 'string' ? e.response : '';
  const enhanced = /\b([45]\.\d{1,3}\.\d{1,3})\b/.exec(response)?.[1];
  const status = enhanced && enhanced[0] === String(code)[0] ? enhanced : `${String(code)[0]}.0.0`;
  return { status, detail: response.slice(0, 500) };
}

// --- Reading a bounce e-mail ---------------------------------------------------------------

type Fields = Map<string, string[]>;

/** Header fields (or DSN fields) of a block, unfolded; names in lower case. */
function parseFields(block: string): Fields {
  const fields: Fields = new Map();
  let current: [string, string] | undefined;
  const flush = () => {
    if (current) fields.set(current[0], [...(fields.get(current[0]) ?? []), current[1].trim()]);
  };
  for (const line of block.split('\n')) {
    if (/^[ \t]/.test(line) && current) {
      current[1] += ` ${line.trim()}`;
      continue;
    }
    flush();
    const match = /^([!-9;-~]+):(.*)$/.exec(line);
    current = match ? [match[1]!.toLowerCase(), match[2]!] : undefined;
  }
  flush();
  return fields;
}

const first = (fields: Fields, name: string) => fields.get(name)?.[0];

function splitEntity(text: string) {
  const end = text.indexOf('\n\n');
  return {
    headers: parseFields(end < 0 ? text : text.slice(0, end)),
    body: end < 0 ? '' : text.slice(end + 2),
  };
}

function contentType(value: string | undefined) {
  const [type = 'text/plain', ...rest] = (value ?? 'text/plain').split(';');
  const params: Record<string, string> = {};
  for (const match of rest.join(';').matchAll(/([^=\s;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*)/g))
    params[match[1]!.toLowerCase()] = match[2]!.replace(/^"|"$/g, '').replace(/\\(.)/g, '$1');
  return { type: type.trim().toLowerCase(), params };
}

function decode(body: string, encoding: string | undefined) {
  switch (encoding?.trim().toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8').replace(/\r\n/g, '\n');
    case 'quoted-printable':
      return Buffer.from(
        body
          .replace(/=\n/g, '')
          .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8');
    default:
      return body;
  }
}

function multipartParts(body: string, boundary: string) {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of body.split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed === `${delimiter}--`) break;
    if (trimmed === delimiter) {
      if (current) parts.push(current.join('\n'));
      current = [];
    } else current?.push(line);
  }
  if (current) parts.push(current.join('\n'));
  return parts;
}

interface Found {
  deliveryStatus: string[];
  returnedMessageIds: string[];
}

/** Walks a MIME entity for the delivery-status parts and the Message-ID of the returned e-mail. */
function walk(headers: Fields, body: string, found: Found, depth: number) {
  if (depth > 6) return;
  const { type, params } = contentType(first(headers, 'content-type'));
  const content = decode(body, first(headers, 'content-transfer-encoding'));
  if (type.startsWith('multipart/') && params.boundary) {
    for (const part of multipartParts(content, params.boundary)) {
      const entity = splitEntity(part);
      walk(entity.headers, entity.body, found, depth + 1);
    }
  } else if (type === 'message/delivery-status' || type === 'message/global-delivery-status') {
    found.deliveryStatus.push(content);
  } else if (type === 'text/rfc822-headers' || type === 'message/rfc822' || type === 'message/global-headers') {
    const returned = splitEntity(content).headers;
    const id = first(returned, 'message-id');
    if (id) found.returnedMessageIds.push(id);
  }
}

/** One recipient of a bounce report. */
export interface ReportedRecipient {
  recipient: string;
  action: string;
  status: string;
  diagnostic: string | null;
}

export interface BounceReport {
  /** Where the report names our e-mail: Original-Envelope-Id, the VERP address, the returned Message-ID. */
  references: string[];
  recipients: ReportedRecipient[];
}

export type ParsedReport = { ok: true; report: BounceReport } | { ok: false; problems: InvalidParam[] };

const ACTIONS = new Set(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);
/** The headers of a bounce e-mail that carry the address it was sent to: the VERP return path. */
const ADDRESSED_TO = ['x-original-to', 'delivered-to', 'envelope-to', 'x-envelope-to', 'to'];

/**
 * Reads a bounce report: the whole bounce e-mail (`message/rfc822`), its `multipart/report` body
 * (with the boundary in `contentType`), or only the `message/delivery-status` part.
 */
export function parseBounceReport(raw: string, httpContentType: string): ParsedReport {
  const text = raw.replace(/\r\n?/g, '\n');
  const { type } = contentType(httpContentType);
  const found: Found = { deliveryStatus: [], returnedMessageIds: [] };
  const references: string[] = [];
  if (type === 'message/delivery-status' || type === 'message/global-delivery-status') {
    found.deliveryStatus.push(text);
  } else if (type.startsWith('multipart/')) {
    walk(new Map([['content-type', [httpContentType]]]), text, found, 0);
  } else {
    const entity = splitEntity(text);
    for (const name of ADDRESSED_TO) references.push(...(entity.headers.get(name) ?? []));
    walk(entity.headers, entity.body, found, 0);
  }
  if (found.deliveryStatus.length === 0)
    return {
      ok: false,
      problems: [
        {
          name: 'body',
          code: 'no-delivery-status',
          reason: 'has no message/delivery-status part (RFC 3464); send the bounce e-mail as it arrived, or JSON',
        },
      ],
    };

  const problems: InvalidParam[] = [];
  const recipients: ReportedRecipient[] = [];
  const envelopeIds: string[] = [];
  let index = 0;
  for (const part of found.deliveryStatus) {
    const groups = part
      .split(/\n[ \t]*\n/)
      .map((g) => g.trim())
      .filter(Boolean)
      .map(parseFields);
    for (const group of groups) {
      const envelopeId = first(group, 'original-envelope-id');
      if (envelopeId) envelopeIds.push(envelopeId);
      if (!['final-recipient', 'original-recipient', 'action', 'status'].some((f) => group.has(f))) continue;
      const i = index++;
      const name = (field: string) => `body.recipients.${i}.${field}`;
      const before = problems.length;
      const finalRecipient = first(group, 'final-recipient') ?? '';
      const address = /^(?:rfc822|utf-8)\s*;\s*<?([^<>\s]+@[^<>\s]+?)>?\s*$/i.exec(finalRecipient)?.[1];
      if (!address)
        problems.push({
          name: name('Final-Recipient'),
          code: finalRecipient ? 'invalid' : 'required',
          reason: 'must be "rfc822; <address>"',
        });
      const action = (first(group, 'action') ?? '').split(/\s/)[0]!.toLowerCase();
      if (!ACTIONS.has(action))
        problems.push({
          name: name('Action'),
          code: action ? 'invalid' : 'required',
          reason: 'must be failed, delayed, delivered, relayed or expanded',
        });
      const statusField = first(group, 'status') ?? '';
      const status = STATUS.exec(statusField)?.[0];
      if (!status)
        problems.push({
          name: name('Status'),
          code: statusField ? 'invalid' : 'required',
          reason: 'must be an enhanced status code such as 5.1.1 (RFC 3463)',
        });
      if (problems.length === before)
        recipients.push({
          recipient: address!.toLowerCase(),
          action,
          status: status!,
          diagnostic: first(group, 'diagnostic-code')?.slice(0, 500) ?? null,
        });
    }
  }
  if (problems.length === 0 && recipients.length === 0)
    problems.push({ name: 'body.recipients', code: 'required', reason: 'the delivery status names no recipient' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, report: { references: [...envelopeIds, ...references, ...found.returnedMessageIds], recipients } };
}
