import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { formatDutchDate } from '../../shared/dutch-date.ts';
import type { PeriodicJob } from '../../http/module-manifest.ts';
import { enqueueMessage } from '../notifications/notifications.service.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { formatPassNumber } from '../passes/pass-number.ts';
import { EXPIRY_WARNING_DAYS } from './credit.presenter.ts';
import { CreditExpiryWarningsRepository } from './credit-expiry-warnings.repository.ts';

/**
 * Warns holders, by e-mail, that credit (tegoed) on their pass will expire: for every pass with
 * credit of a scheme whose last day is within 30 days, ONE e-mail per holder per scheme goes to
 * the outbox (a parent gets one e-mail for their own and their children's passes). A row in
 * credit_expiry_warnings records each warning, in the same transaction as the e-mail, so running
 * this again, or in two processes at once, sends nothing twice.
 */

/** How often the server runs the warnings. */
export const WARNING_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface WarningOptions {
  /** Base address of the website, for the link to the offers in the e-mail. */
  publicUrl?: string;
}

export interface WarningResult {
  /** E-mails put in the outbox by this run. */
  sent: number;
  /** Holder and scheme pairs warned in an earlier run. */
  alreadySent: number;
  /** Pairs with credit but without an e-mail address: nobody to write to. */
  noEmail: number;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const DUTCH_MONEY = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
/** 2500 -> "€ 25,00" (with an ordinary space, for plain-text mail). */
const dutchMoney = (cents: number) => DUTCH_MONEY.format(cents / 100).replace(/\s/g, ' ');

interface Warning {
  tenantId: string;
  passName: string;
  schemeId: string;
  schemeName: string;
  validUntil: string;
  spendable: string[];
  holderId: string;
  holderName: string;
  email: string;
  passes: { number: string; holderName: string; balanceCents: number }[];
}

/** The e-mail, in plain Dutch (B1): how much, until when, where to spend it. */
export function warningMessage(warning: Warning, categoryNames: Map<string, string>, publicUrl?: string) {
  const total = warning.passes.reduce((sum, p) => sum + p.balanceCents, 0);
  const until = formatDutchDate(warning.validUntil);
  const lines = warning.passes.map(
    (p) => `- ${dutchMoney(p.balanceCents)} op de pas van ${p.holderName} (pasnummer ${formatPassNumber(p.number)})`,
  );
  const where =
    warning.spendable.length === 0
      ? `U kunt het tegoed gebruiken bij al het aanbod van de ${warning.passName}.`
      : `U kunt het tegoed gebruiken bij aanbod in: ${warning.spendable.map((slug) => categoryNames.get(slug) ?? slug).join(', ')}.`;
  const base = publicUrl?.replace(/\/$/, '');
  const look = !base
    ? 'Kijk op de website van de pas wat er is.'
    : warning.spendable.length === 1
      ? `Kijk wat er is: ${base}/?category=${encodeURIComponent(warning.spendable[0]!)}`
      : `Kijk wat er is: ${base}/`;
  const body = [
    `Beste ${warning.holderName},`,
    '',
    `U heeft nog ${dutchMoney(total)} tegoed van ${warning.schemeName}.`,
    ...(warning.passes.length > 1 || warning.passes[0]!.holderName !== warning.holderName
      ? ['', 'Dit tegoed staat op deze passen:', ...lines]
      : []),
    '',
    `Let op: u kunt dit tegoed gebruiken tot en met ${until}. Daarna is het tegoed weg.`,
    '',
    where,
    look,
    '',
    'Betaal met uw pas bij de kassa. Het tegoed gaat dan van uw pas af.',
    '',
    'Met vriendelijke groet,',
    warning.passName,
  ].join('\n');
  return { subject: `Uw tegoed van ${warning.schemeName} stopt op ${until}`, body };
}

/**
 * Puts one warning e-mail per holder per scheme in the outbox, for credit of schemes whose last
 * day is today or within the next 30 days (in the Netherlands). Passes without credit are left
 * out. Idempotent: a holder is warned about a scheme once.
 */
export async function sendCreditExpiryWarnings(
  db: Kysely<DB>,
  now: Date = new Date(),
  options: WarningOptions = {},
): Promise<WarningResult> {
  const today = todayInNetherlands(now);
  const repo = new CreditExpiryWarningsRepository(db);
  const rows = await repo.creditExpiringBetween(today, addDays(today, EXPIRY_WARNING_DAYS));
  const result: WarningResult = { sent: 0, alreadySent: 0, noEmail: 0 };

  const warnings = new Map<string, Warning>();
  const withoutEmail = new Set<string>();
  for (const row of rows) {
    if (!row.recipient_id || !row.recipient_email) {
      withoutEmail.add(`${row.tenant_id}/${row.scheme_id}/${row.pass_number}`);
      continue;
    }
    const key = `${row.tenant_id}/${row.scheme_id}/${row.recipient_id}`;
    let warning = warnings.get(key);
    if (!warning) {
      warning = {
        tenantId: row.tenant_id,
        passName: row.pass_name,
        schemeId: row.scheme_id,
        schemeName: row.scheme_name,
        validUntil: row.valid_until,
        spendable: row.spendable_offer_categories,
        holderId: row.recipient_id,
        holderName: row.recipient_name ?? '',
        email: row.recipient_email,
        passes: [],
      };
      warnings.set(key, warning);
    }
    warning.passes.push({ number: row.pass_number, holderName: row.pass_holder_name, balanceCents: row.balance_cents });
  }
  result.noEmail = withoutEmail.size;
  if (warnings.size === 0) return result;

  const list = [...warnings.values()];
  const sent = new Set(
    (await repo.warnedHolders([...new Set(list.map((w) => w.schemeId))])).map(
      (w) => `${w.tenant_id}/${w.scheme_id}/${w.holder_id}`,
    ),
  );
  const categories = new Map<string, Map<string, string>>();
  for (const tenantId of new Set(list.map((w) => w.tenantId)))
    categories.set(tenantId, await repo.categoryNames(tenantId));

  for (const warning of list) {
    if (sent.has(`${warning.tenantId}/${warning.schemeId}/${warning.holderId}`)) {
      result.alreadySent++;
      continue;
    }
    const message = warningMessage(warning, categories.get(warning.tenantId)!, options.publicUrl);
    // The claim and the e-mail in one transaction: another run that claimed first wins, and
    // this one queues no e-mail.
    const created = await db.transaction().execute(async (tx) => {
      const outboxMessageId = randomUUID();
      const claimed = await new CreditExpiryWarningsRepository(tx).claim({
        tenantId: warning.tenantId,
        schemeId: warning.schemeId,
        holderId: warning.holderId,
        validUntil: warning.validUntil,
        balanceCents: warning.passes.reduce((sum, p) => sum + p.balanceCents, 0),
        outboxMessageId,
      });
      if (claimed) {
        await enqueueMessage(tx, {
          tenantId: warning.tenantId,
          id: outboxMessageId,
          to: warning.email,
          subject: message.subject,
          bodyText: message.body,
        });
      }
      return claimed;
    });
    if (created) result.sent++;
    else result.alreadySent++;
  }
  return result;
}

/**
 * Wires the warnings into a server: at start-up, then every 6 hours (not in tests: tests call
 * sendCreditExpiryWarnings themselves). With several processes each one may run it; the claim
 * row keeps every e-mail single.
 */
export const creditExpiryWarningsJob: PeriodicJob = {
  name: 'Credit expiry warnings',
  intervalMs: WARNING_INTERVAL_MS,
  run: async ({ database, config }, now) => {
    const result = await sendCreditExpiryWarnings(database.db, now, { publicUrl: config.publicUrl });
    return result.sent > 0 ? result : undefined;
  },
};
