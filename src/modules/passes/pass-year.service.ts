import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { PeriodicJob } from '../../http/module-manifest.ts';
import { formatDutchDate } from '../../shared/dutch-date.ts';
import { DomainError } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { ensureAccount, municipalityBank, postEntry, type Tx } from '../ledger/ledger.service.ts';
import { withRetry } from '../ledger/retry.ts';
import { enqueueMessage } from '../notifications/notifications.service.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { activePaymentProvider } from '../sales/other-payments.ts';
import type { PaymentProvider } from '../sales/payment-provider.ts';
import type { PaymentProviderName, PaymentStatus } from '../sales/sales.tables.ts';
import { formatPassNumber, normalizePassNumber } from './pass-number.ts';
import {
  addDays,
  inRenewalWindow,
  passYearEnd,
  REMINDER_DAYS,
  renewableFrom,
  renewalRefusal,
  renewalStart,
  type RenewalRefusal,
} from './pass-year.ts';
import { PassYearRepository, type PassYearSettings } from './pass-year.repository.ts';
import { passesPolicy } from './passes.policy.ts';
import type { PassCategory, PassStatus } from './passes.tables.ts';

/**
 * The pass year at work: the settings of the pass organisation, the validity of a new pass per
 * pass type (for every module that issues passes), the reminder 30 days before the end, and the
 * online renewal of a paid pass through the sales module's payment provider.
 */

/** The validity of a pass of this type that starts on `start`, from the municipality's settings. */
export async function passValidityFor(
  db: Db,
  tenantId: string,
  category: PassCategory,
  start: string,
): Promise<{ validFrom: string; validUntil: string }> {
  const settings = await new PassYearRepository(db).settings(tenantId);
  return { validFrom: start, validUntil: passYearEnd(settings.validity[category], start) };
}

/**
 * Whether a pass is paid (renewed by paying again) or free (renewed by an import or a new
 * application). Regular passes are paid; a child pass is paid when it hangs under a paid pass or
 * under none (bought online for a child).
 */
export function isPaidPass(pass: { category: PassCategory; parent_category: PassCategory | null }): boolean {
  if (pass.category === 'regular') return true;
  if (pass.category === 'child') return pass.parent_category === null || pass.parent_category === 'regular';
  return false;
}

/** What renewing a pass by paying for it means today: for the desk and the holder's file. */
export interface RenewalTerms {
  paid: boolean;
  /** Why it cannot be renewed by paying today; null when it can. */
  refusal: RenewalRefusal | 'pass-sales-unavailable' | null;
  renewableFrom: string;
  priceCents: number | null;
  shareCents: number | null;
  /** The new last day if it were renewed today. */
  nextValidUntil: string | null;
}

/**
 * The renewal terms of passes, with one rule for every route that renews by paying (online, at a
 * desk, from the holder's file): `renewalRefusal`, the price of a child's or an adult's pass, and
 * the new validity from the municipality's settings. Reads only; runs in the caller's transaction
 * when given one.
 */
export async function renewalTerms(
  db: Db,
  tenantId: string,
  passes: readonly {
    category: PassCategory;
    parent_category: PassCategory | null;
    status: PassStatus;
    valid_until: string;
  }[],
  today: string,
): Promise<RenewalTerms[]> {
  if (passes.length === 0) return [];
  const repo = new PassYearRepository(db);
  const [settings, adult, child] = await Promise.all([
    repo.settings(tenantId),
    repo.price(tenantId, 'adult'),
    repo.price(tenantId, 'child'),
  ]);
  return passes.map((pass) => {
    const paid = isPaidPass(pass);
    const price = pass.category === 'child' ? child : adult;
    const refusal =
      renewalRefusal({ status: pass.status, valid_until: pass.valid_until, paid }, today) ??
      (price ? null : 'pass-sales-unavailable');
    return {
      paid,
      refusal,
      renewableFrom: renewableFrom(pass.valid_until),
      priceCents: paid ? (price?.price_cents ?? null) : null,
      shareCents: paid ? (price?.action_budget_share_cents ?? null) : null,
      nextValidUntil:
        refusal === null ? passYearEnd(settings.validity[pass.category], renewalStart(pass.valid_until, today)) : null,
    };
  });
}

type Resident = Extract<Principal, { kind: 'resident' }>;

export interface RenewalOption {
  passId: string;
  number: string;
  holderName: string;
  own: boolean;
  status: PassStatus;
  validUntil: string;
  paid: boolean;
  /** Which price applies: a child pass or an adult's. Never shown as a category. */
  priceKind: 'adult' | 'child';
  renewableNow: boolean;
  priceCents: number | null;
  nextValidUntil: string | null;
}

export class PassYearService {
  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private today() {
    return todayInNetherlands(this.now());
  }

  async settings(principal: Principal): Promise<PassYearSettings> {
    passesPolicy.authorize(principal, 'passYear.manage');
    return new PassYearRepository(this.db).settings(principal.tenantId);
  }

  async saveSettings(principal: Principal, input: Omit<PassYearSettings, 'updatedAt'>) {
    passesPolicy.authorize(principal, 'passYear.manage');
    await withRetry(() =>
      this.db
        .transaction()
        .execute((tx) => new PassYearRepository(tx).saveSettings(principal.tenantId, input, actorId(principal))),
    );
    return this.settings(principal);
  }

  private resident(principal: Principal): Resident {
    passesPolicy.authorize(principal, 'ownPass.renew');
    if (principal.kind !== 'resident') throw new DomainError('forbidden', 'Only pass holders renew a pass.');
    return principal;
  }

  /** The holder's own current pass and their children's: can each be renewed now, for what, until when. */
  async renewalOptions(principal: Principal): Promise<RenewalOption[]> {
    const resident = this.resident(principal);
    const tenantId = resident.tenantId;
    const today = this.today();
    const repo = new PassYearRepository(this.db);
    const rows = await this.db
      .selectFrom('passes as p')
      .innerJoin('holders as h', (join) =>
        join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
      )
      .leftJoin('passes as pp', (join) =>
        join.onRef('pp.tenant_id', '=', 'p.tenant_id').onRef('pp.id', '=', 'p.parent_pass_id'),
      )
      .select([
        'p.id',
        'p.number',
        'p.category',
        'p.status',
        'p.valid_until',
        'p.holder_id',
        'h.name as holder_name',
        'pp.category as parent_category',
      ])
      .where('p.tenant_id', '=', tenantId)
      .where('p.status', 'in', ['active', 'expired'])
      .where((eb) => eb.or([eb('p.holder_id', '=', resident.holderId), eb('pp.holder_id', '=', resident.holderId)]))
      .orderBy('p.valid_until', 'desc')
      .execute();
    // One line per person: their newest pass.
    const seen = new Set<string>();
    const settings = await repo.settings(tenantId);
    const prices = { adult: await repo.price(tenantId, 'adult'), child: await repo.price(tenantId, 'child') };
    const options: RenewalOption[] = [];
    for (const row of rows) {
      if (seen.has(row.holder_id)) continue;
      seen.add(row.holder_id);
      const paid = isPaidPass(row);
      const price = row.category === 'child' ? prices.child : prices.adult;
      const renewableNow = paid && price !== undefined && inRenewalWindow(row.valid_until, today);
      options.push({
        passId: row.id,
        number: row.number,
        holderName: row.holder_name,
        own: row.holder_id === resident.holderId,
        status: row.status,
        validUntil: row.valid_until,
        paid,
        priceKind: row.category === 'child' ? 'child' : 'adult',
        renewableNow,
        priceCents: paid ? (price?.price_cents ?? null) : null,
        nextValidUntil: renewableNow
          ? passYearEnd(settings.validity[row.category], renewalStart(row.valid_until, today))
          : null,
      });
    }
    return options.sort((a, b) => Number(b.own) - Number(a.own));
  }

  /** Starts paying a renewal: answers where to pay. The pass is renewed once the provider says it is paid. */
  async startRenewal(principal: Principal, passNumber: string | undefined) {
    const resident = this.resident(principal);
    const tenantId = resident.tenantId;
    const options = await this.renewalOptions(principal);
    const wanted = passNumber ? normalizePassNumber(passNumber) : undefined;
    const option = wanted ? options.find((o) => o.number === wanted) : options.find((o) => o.own);
    if (!option) throw new DomainError('pass-not-found', 'There is no pass with this number in your household.');
    if (!option.paid)
      throw new DomainError(
        'pass-renewal-free-pass',
        'This pass is free. It is renewed by a new application or by the yearly import of the municipality, not by paying.',
      );
    if (!option.renewableNow || option.priceCents === null)
      throw new DomainError(
        'pass-renewal-too-early',
        `This pass can be renewed from ${formatDutchDate(addDays(option.validUntil, -60))}.`,
      );
    const payment = activePaymentProvider(this.db, this.config, tenantId);
    const repo = new PassYearRepository(this.db);
    const price = await repo.price(tenantId, option.priceKind);
    if (!payment || !price)
      throw new DomainError('pass-sales-unavailable', 'Passes cannot be paid online here yet. Go to a desk.');
    const renewal = await repo.insertRenewal({
      tenantId,
      passId: option.passId,
      holderId: resident.holderId,
      amountCents: price.price_cents,
      shareCents: price.action_budget_share_cents,
      validUntilBefore: option.validUntil,
    });
    const tenant = await this.db
      .selectFrom('tenants')
      .select('pass_name')
      .where('id', '=', tenantId)
      .executeTakeFirst();
    let created;
    try {
      created = await payment.provider.createPayment({
        amountCents: renewal.amount_cents,
        description: `${tenant?.pass_name ?? 'Stadspas'}: verlenging ${formatPassNumber(option.number)}`,
        redirectUrl: `${this.config.publicUrl}/mijn-pas?verlenging=${renewal.id}`,
        webhookUrl: `${this.config.publicUrl}/api/v1/payment-webhooks/${payment.name}`,
        metadata: { passRenewalId: renewal.id, tenantId },
      });
    } catch (error) {
      await repo.finishRenewal(tenantId, renewal.id, 'failed');
      throw new DomainError(
        'payment-provider-error',
        `The payment could not be started (${(error as Error).message}). Nothing was charged; please try again.`,
      );
    }
    await repo.attachPayment(tenantId, renewal.id, payment.name, created.paymentId, created.checkoutUrl);
    return { renewalId: renewal.id, checkoutUrl: created.checkoutUrl, amountCents: renewal.amount_cents };
  }

  /** The renewal's status for the holder who started it (after the checkout); asks the provider while it is open. */
  async getRenewal(principal: Principal, renewalId: string) {
    const resident = this.resident(principal);
    const repo = new PassYearRepository(this.db);
    let renewal = await repo.findRenewal(resident.tenantId, renewalId);
    if (!renewal || renewal.holder_id !== resident.holderId)
      throw new DomainError('pass-renewal-not-found', `There is no renewal ${renewalId} of yours.`);
    if (renewal.status === 'open' && renewal.payment_provider && renewal.payment_id) {
      const payment = activePaymentProvider(this.db, this.config, resident.tenantId);
      if (payment?.name === renewal.payment_provider) {
        await this.handlePayment(
          resident.tenantId,
          renewal.payment_provider,
          renewal.payment_id,
          payment.provider,
        ).catch(() => null);
        renewal = (await repo.findRenewal(resident.tenantId, renewalId))!;
      }
    }
    return renewal;
  }

  /**
   * A payment changed at the provider (through the sales module's webhook). Null when it is not a
   * renewal's payment. Renews and books only `paid` for exactly the renewal's amount, once.
   */
  async handlePayment(
    tenantId: string,
    providerName: PaymentProviderName,
    paymentId: string,
    provider: PaymentProvider,
  ): Promise<{ status: PaymentStatus } | null> {
    const found = await new PassYearRepository(this.db).findRenewalByPayment(tenantId, providerName, paymentId);
    if (!found) return null;
    const payment = await provider.getPayment(paymentId);
    if (payment.status === 'paid' && (payment.amountCents !== found.amount_cents || payment.currency !== 'EUR'))
      throw new DomainError(
        'payment-amount-mismatch',
        `The provider reports ${payment.amountCents} cents ${payment.currency} paid; the renewal is ${found.amount_cents} cents EUR. Nothing was booked.`,
      );
    await withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const repo = new PassYearRepository(tx);
        const renewal = await repo.lockRenewal(tenantId, found.id);
        if (renewal.status !== 'open') return;
        if (payment.status === 'paid') await this.fulfil(tx, tenantId, renewal, `payment:${providerName}:${paymentId}`);
        else if (payment.status !== 'open') await repo.finishRenewal(tenantId, renewal.id, payment.status);
      }),
    );
    return { status: payment.status };
  }

  /** Moves the pass's year on, books the sale (as every pass sale) and tells the holder: in the caller's transaction. */
  private async fulfil(
    tx: Tx,
    tenantId: string,
    renewal: {
      id: string;
      pass_id: string;
      holder_id: string;
      amount_cents: number;
      action_budget_share_cents: number;
    },
    recordedBy: string,
  ) {
    const repo = new PassYearRepository(tx);
    // A pass replaced while the payment ran: its successor is renewed.
    let pass = await repo.lockPass(tenantId, renewal.pass_id);
    for (let hops = 0; pass?.replaced_by_pass_id && hops < 10; hops++)
      pass = await repo.lockPass(tenantId, pass.replaced_by_pass_id);
    if (!pass) throw new Error(`renewal ${renewal.id}: its pass is gone`);
    const settings = await repo.settings(tenantId);
    const validUntil = passYearEnd(settings.validity[pass.category], renewalStart(pass.valid_until, this.today()));
    await repo.setValidUntil(tenantId, pass.id, validUntil);

    const amount = renewal.amount_cents;
    const share = renewal.action_budget_share_cents;
    const bank = await municipalityBank(tx, tenantId);
    const income = await ensureAccount(tx, tenantId, 'pass_sale_income', {}, 'Pass sales income');
    const lines = [
      { accountId: bank.id, amountCents: amount },
      { accountId: income.id, amountCents: -amount },
    ];
    if (share > 0) {
      const budget = await ensureAccount(tx, tenantId, 'action_budget', {}, 'Actiebudget');
      lines.push({ accountId: budget.id, amountCents: share }, { accountId: bank.id, amountCents: -share });
    }
    const posted = await postEntry(tx, {
      tenantId,
      kind: 'pass_sale',
      reference: renewal.id,
      recordedBy,
      description: `Pass renewal online: pass ${pass.number} (renewal ${renewal.id})`,
      lines,
    });
    await repo.finishRenewal(tenantId, renewal.id, 'paid', {
      validUntilAfter: validUntil,
      saleEntryId: posted.id,
      at: this.now(),
    });
    const holder = await repo.holder(tenantId, renewal.holder_id);
    if (holder?.email)
      await enqueueMessage(tx, {
        tenantId,
        to: holder.email,
        subject: 'Uw pas is verlengd',
        bodyText:
          `Beste ${holder.name},\n\nWe hebben uw betaling ontvangen. De pas ${formatPassNumber(pass.number)} is nu geldig tot en met ${formatDutchDate(validUntil)}.\n\n` +
          'U hoeft niets te doen: uw pasnummer en QR-code blijven hetzelfde.',
      });
  }
}

/** The reminder e-mail, in plain Dutch (B1): when the pass ends and how to renew it. */
export function reminderMessage(input: {
  passName: string;
  recipientName: string;
  holderName: string;
  own: boolean;
  number: string;
  validUntil: string;
  graceUntil: string;
  paid: boolean;
  publicUrl: string;
}) {
  const base = input.publicUrl.replace(/\/$/, '');
  const whose = input.own ? 'Uw pas' : `De pas van ${input.holderName}`;
  const how = input.paid
    ? [
        'Verleng de pas op tijd. Dat kan op twee manieren:',
        `- online: log in en ga naar "Mijn pas": ${base}/mijn-pas`,
        '- aan een balie, bijvoorbeeld in de bibliotheek. U betaalt daar met pin of contant.',
      ]
    : [
        'Deze pas is gratis. U hoeft niet te betalen.',
        'Heeft u de pas gekregen via de gemeente? Dan krijgt u vanzelf een nieuwe pas als u er nog recht op heeft.',
        `Kreeg u de pas na een aanvraag? Vraag dan opnieuw aan: ${base}/gratis-pas/aanvragen`,
      ];
  const body = [
    `Beste ${input.recipientName},`,
    '',
    `${whose} (${input.passName}, pasnummer ${formatPassNumber(input.number)}) is geldig tot en met ${formatDutchDate(input.validUntil)}.`,
    '',
    ...how,
    '',
    `Na ${formatDutchDate(input.validUntil)} werkt de pas nog tot en met ${formatDutchDate(input.graceUntil)}. Daarna niet meer.`,
    '',
    'Met vriendelijke groet,',
    input.passName,
  ].join('\n');
  return { subject: `${whose} stopt op ${formatDutchDate(input.validUntil)}`, body };
}

export interface ReminderResult {
  sent: number;
  alreadySent: number;
  noEmail: number;
}

/**
 * Sends the reminder 30 days before a pass year ends: once per pass and year, to the holder, or
 * for a child's pass to the parent. The claim row and the e-mail are written in one transaction,
 * so running this again, or in two processes at once, sends nothing twice. A pass renewed after
 * its reminder gets a new reminder for its new year.
 */
export async function sendPassYearReminders(db: Db, now: Date, publicUrl: string): Promise<ReminderResult> {
  const today = todayInNetherlands(now);
  const result: ReminderResult = { sent: 0, alreadySent: 0, noEmail: 0 };
  const rows = await new PassYearRepository(db).endingBetween(today, addDays(today, REMINDER_DAYS), 5000);
  for (const row of rows) {
    const toParent = row.category === 'child' && row.parent_holder_id !== null;
    const email = toParent ? row.parent_email : row.holder_email;
    const recipientId = toParent ? row.parent_holder_id! : row.holder_id;
    if (!email) {
      result.noEmail++;
      continue;
    }
    const claimed = await db.transaction().execute(async (tx) => {
      const repo = new PassYearRepository(tx);
      if (!(await repo.claimReminder(row.tenant_id, row.id, row.valid_until, recipientId))) return false;
      const grace = await tx
        .selectFrom('passes')
        .select('grace_until')
        .where('tenant_id', '=', row.tenant_id)
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
      const message = reminderMessage({
        passName: row.pass_name,
        recipientName: toParent ? (row.parent_name ?? row.holder_name) : row.holder_name,
        holderName: row.holder_name,
        own: !toParent,
        number: row.number,
        validUntil: row.valid_until,
        graceUntil: grace.grace_until,
        paid: isPaidPass({ category: row.category, parent_category: row.parent_category }),
        publicUrl,
      });
      await enqueueMessage(tx, {
        tenantId: row.tenant_id,
        to: email,
        subject: message.subject,
        bodyText: message.body,
      });
      return true;
    });
    if (claimed) result.sent++;
    else result.alreadySent++;
  }
  return result;
}

/** The reminders as a periodic job: at start-up, then every 6 hours. */
export const passYearRemindersJob: PeriodicJob = {
  name: 'Pass year reminders',
  intervalMs: 6 * 60 * 60 * 1000,
  run: async ({ database, config }, now) => {
    const result = await sendPassYearReminders(database.db, now, config.publicUrl);
    return result.sent > 0 ? result : undefined;
  },
};
