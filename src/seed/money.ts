import { sql, type Insertable } from 'kysely';
import type { DB } from '../db/schema.ts';
import { bookGrantTx } from '../modules/action-budget/action-budget.service.ts';
import { fundSchemeTx, loadCreditTx } from '../modules/credit/credit.service.ts';
import { CreditRepository } from '../modules/credit/credit.repository.ts';
import { ensureAccount, municipalityBank, postEntry, type Tx } from '../modules/ledger/ledger.service.ts';
import { ibanCheckDigits } from '../modules/payouts/iban.ts';
import { createRunTx, markSettlementPaidTx } from '../modules/payouts/payouts.service.ts';
import { reimbursableCents } from '../modules/redemptions/redemption-rules.ts';
import { bookRedemptionInLedger } from '../modules/ledger/redemption-booking.sql.ts';
import '../modules/redemptions/redemptions.tables.ts';
import '../modules/payouts/payouts.tables.ts';
import '../modules/sales/sales.tables.ts';
import '../modules/sponsors/sponsors.tables.ts';
import { receiveContributionTx } from '../modules/sponsors/sponsors.service.ts';
import { addDays, addMonths, amsterdamInstant, dayNumber, endOfMonth, firstOfMonth } from './dates.ts';
import { Random } from '../shared/random.ts';

/**
 * The money side of the demo, booked through the modules' own booking functions inside the
 * seed's transaction, so `npm run ledger:check` passes on a fresh demo:
 *
 * - credit schemes "Meedoen Zaanstad" (EUR 150 per child of a low-income household, sport and
 *   culture) and "Zaanse Cultuurbon" (EUR 25 per carer, culture), funded from the municipality's
 *   bank (`fundSchemeTx`) and loaded on the passes (`loadCreditTx`);
 * - sport and culture offers of most providers take credit; four have their discount borne by
 *   the Meedoen fund or the actiebudget; seeded redemptions there paid from credit or reimbursed
 *   are booked with the till's own statement (`bookRedemptionInLedger`) and their rows carry
 *   `credit_cents` / `reimbursed_cents`;
 * - about 300 paid pass orders over the year for existing regular passes (and their children),
 *   booked `pass_sale` with the lines the sales module books, the actiebudget share included;
 * - five sponsors with pledges, four received (`receiveContributionTx`), one without publicity;
 * - twelve actiebudget grants to buurthuizen (`bookGrantTx`);
 * - demo IBANs (mod-97 valid) for every provider and a settlement run for each of the last
 *   three months (`createRunTx`); the two earlier runs are confirmed paid.
 *
 * Deterministic apart from ids the booking functions draw themselves (entry and settlement ids).
 */

type Rows = {
  tenants: Insertable<DB['tenants']>[];
  providers: Insertable<DB['providers']>[];
  locations: Insertable<DB['locations']>[];
  offers: Insertable<DB['offers']>[];
  holders: Insertable<DB['holders']>[];
  passes: Insertable<DB['passes']>[];
  redemptions: Insertable<DB['redemptions']>[];
};

export interface MoneySummary {
  creditPasses: number;
  creditPayments: number;
  reimbursements: number;
  passOrders: number;
  grants: number;
  settlementRuns: number;
}

const BY = 'seed:demo';
const PASS_ORDERS = 300;
const BANKS = [
  ['INGB', 'INGBNL2A'],
  ['RABO', 'RABONL2U'],
  ['ABNA', 'ABNANL2A'],
  ['TRIO', 'TRIONL2U'],
  ['SNSB', 'SNSBNL2A'],
  ['ASNB', 'ASNBNL21'],
] as const;

/** A demo Dutch IBAN with valid check digits (ISO 13616 mod-97). */
export function demoIban(random: Random): { iban: string; bic: string } {
  const [bank, bic] = random.pick(BANKS);
  let account = '';
  for (let i = 0; i < 10; i++) account += String(random.int(0, 9));
  const bban = `${bank}${account}`;
  return { iban: `NL${ibanCheckDigits('NL', bban)}${bban}`, bic };
}

/** The pass year of the Meedoen scheme around the anchor: 1 August to 31 July. */
export function meedoenYear(anchorDate: string) {
  const year = Number(anchorDate.slice(0, 4));
  const startYear = Number(anchorDate.slice(5, 7)) >= 8 ? year : year - 1;
  return { start: `${startYear}-08-01`, validUntil: `${startYear + 1}-07-31` };
}

const at = (date: string, hour: number) => amsterdamInstant(dayNumber(date), hour, 0);
const toDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));

export async function seedMoney(tx: Tx, rows: Rows, anchorDate: string): Promise<MoneySummary> {
  const tenantId = rows.tenants[0]!.id;
  const random = new Random(0x3c_04_79);
  const ids = new Random(0x3d_04_79);
  const passById = new Map(rows.passes.map((p) => [p.id!, p]));
  const holderById = new Map(rows.holders.map((h) => [h.id!, h]));
  const offerById = new Map(rows.offers.map((o) => [o.id!, o]));
  const { start: schemeStart, validUntil } = meedoenYear(anchorDate);

  // ---- Provider bank accounts (every provider; IBANs valid under mod-97) --------------------------
  const accounts = rows.providers.map((p) => ({ id: p.id!, name: p.name, ...demoIban(random) }));
  await sql`update providers p set iban = v.iban, bic = v.bic, account_holder_name = v.name, bank_account_updated_at = ${`${anchorDate}T08:00:00Z`}
    from jsonb_to_recordset(cast(${JSON.stringify(accounts)} as jsonb)) as v(id uuid, iban text, bic text, name text)
    where p.tenant_id = ${tenantId} and p.id = v.id`.execute(tx);

  // ---- Credit schemes ---------------------------------------------------------------------------------
  const meedoenId = ids.uuid();
  const cultuurbonId = ids.uuid();
  await tx
    .insertInto('credit_schemes')
    .values([
      {
        tenant_id: tenantId,
        id: meedoenId,
        name: 'Meedoen Zaanstad',
        amount_per_pass_cents: 15_000,
        eligible_pass_categories: ['child'],
        spendable_offer_categories: ['sport', 'cultuur'],
        valid_until: validUntil,
        description:
          'EUR 150 per kind per pasjaar voor sport en cultuur, voor kinderen uit gezinnen met een laag inkomen.',
        created_at: at(schemeStart, 9),
      },
      {
        tenant_id: tenantId,
        id: cultuurbonId,
        name: 'Zaanse Cultuurbon',
        amount_per_pass_cents: 2_500,
        eligible_pass_categories: ['carer'],
        spendable_offer_categories: ['cultuur'],
        valid_until: validUntil,
        description: 'EUR 25 voor mantelzorgers, te besteden aan cultuur.',
        created_at: at(schemeStart, 9),
      },
    ] as never)
    .execute();
  const schemes = new CreditRepository(tx);
  const meedoen = (await schemes.findScheme(tenantId, meedoenId))!;
  const cultuurbon = (await schemes.findScheme(tenantId, cultuurbonId))!;

  const active = (p: Rows['passes'][number]) => p.status === 'active' && p.valid_until >= anchorDate;
  const children = rows.passes.filter(
    (p) => p.category === 'child' && active(p) && passById.get(p.parent_pass_id!)?.category === 'low_income',
  );
  // The Cultuurbon is given on request: about one carer in four asked for it.
  const carers = rows.passes.filter((p) => p.category === 'carer' && active(p) && random.chance(0.25));
  const roundUp = (cents: number) => Math.ceil((cents * 1.15) / 100_000) * 100_000;
  await fundSchemeTx(tx, {
    tenantId,
    scheme: meedoen,
    amountCents: roundUp(children.length * 15_000),
    reference: `budget-${schemeStart}`,
    recordedBy: BY,
    occurredAt: at(schemeStart, 9),
    description: 'Budget Meedoen Zaanstad (raadsbesluit)',
  });
  await fundSchemeTx(tx, {
    tenantId,
    scheme: cultuurbon,
    amountCents: roundUp(carers.length * 2_500),
    reference: `budget-${schemeStart}`,
    recordedBy: BY,
    occurredAt: at(schemeStart, 9),
    description: 'Budget Zaanse Cultuurbon',
  });

  // Credit per pass: the account, when it was loaded, what is left, where it can be spent.
  interface Wallet {
    accountId: string;
    loadedAt: Date;
    balance: number;
    spendable: readonly string[];
  }
  const wallets = new Map<string, Wallet>();
  const load = async (pass: Rows['passes'][number], scheme: typeof meedoen) => {
    const loadDay = pass.valid_from > schemeStart ? pass.valid_from : schemeStart;
    const loadedAt = at(loadDay, 7);
    const { creditAccountId } = await loadCreditTx(tx, {
      tenantId,
      scheme,
      pass: { id: pass.id!, number: pass.number },
      amountCents: scheme.amount_per_pass_cents,
      loadReference: `seed-${loadDay}`,
      recordedBy: BY,
      occurredAt: loadedAt,
    });
    wallets.set(pass.id!, {
      accountId: creditAccountId,
      loadedAt,
      balance: scheme.amount_per_pass_cents,
      spendable: scheme.spendable_offer_categories,
    });
  };
  for (const pass of children) await load(pass, meedoen);
  for (const pass of carers) await load(pass, cultuurbon);

  // ---- Offers that take credit, and discounts borne by a fund ------------------------------------------
  const isSportOrCulture = (o: Rows['offers'][number]) =>
    (o.categories as string[]).some((c) => c === 'sport' || c === 'cultuur');
  const providerIds = [
    ...new Set(rows.offers.filter((o) => o.status === 'published' && isSportOrCulture(o)).map((o) => o.provider_id)),
  ].sort();
  const swimmingPool = rows.providers.find((p) => p.name === 'Zwembad De Zaanstroom')?.id;
  const takingCredit = new Set(providerIds.filter((id) => id === swimmingPool || random.chance(0.7)));
  const creditOffers = new Set(
    rows.offers.filter((o) => takingCredit.has(o.provider_id) && isSportOrCulture(o)).map((o) => o.id!),
  );

  const redemptionsPerOffer = new Map<string, number>();
  for (const r of rows.redemptions) redemptionsPerOffer.set(r.offer_id, (redemptionsPerOffer.get(r.offer_id) ?? 0) + 1);
  const candidates = [...creditOffers]
    .filter((id) => {
      const offer = offerById.get(id)!;
      const n = redemptionsPerOffer.get(id) ?? 0;
      return (
        offer.status === 'published' &&
        offer.regular_price_cents != null &&
        offer.price_type !== 'free' &&
        n >= 20 &&
        n <= 250
      );
    })
    .sort();
  random.shuffle(candidates);
  const borne = new Map<string, { source: 'scheme' | 'action_budget'; since: Date }>();
  candidates.slice(0, 2).forEach((id) => borne.set(id, { source: 'scheme', since: at(schemeStart, 0) }));
  const actionSince = at(addMonths(firstOfMonth(anchorDate), -6), 0);
  candidates.slice(2, 4).forEach((id) => borne.set(id, { source: 'action_budget', since: actionSince }));

  if (creditOffers.size > 0) {
    await tx
      .updateTable('offers')
      .set({ payable_from_credit: true })
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', [...creditOffers])
      .execute();
  }
  for (const [id, b] of borne) {
    await tx
      .updateTable('offers')
      .set({ discount_borne_by: b.source, discount_scheme_id: b.source === 'scheme' ? meedoenId : null })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  // ---- Pass sales (before the till bookings: the actiebudget is filled before it reimburses) -------------
  const prices = new Map(
    (
      await tx
        .selectFrom('pass_prices')
        .select(['pass_kind', 'price_cents', 'action_budget_share_cents'])
        .where('tenant_id', '=', tenantId)
        .execute()
    ).map((p) => [p.pass_kind, p]),
  );
  const adult = prices.get('adult') ?? { price_cents: 2500, action_budget_share_cents: 500 };
  const child = prices.get('child') ?? { price_cents: 1000, action_budget_share_cents: 500 };
  const childrenOf = new Map<string, Rows['passes'][number][]>();
  for (const p of rows.passes)
    if (p.parent_pass_id) childrenOf.set(p.parent_pass_id, [...(childrenOf.get(p.parent_pass_id) ?? []), p]);
  const yearAgo = addDays(anchorDate, -364);
  const sold = random
    .shuffle(
      rows.passes.filter(
        (p) =>
          p.category === 'regular' &&
          p.status !== 'blocked' &&
          p.valid_from >= yearAgo &&
          p.valid_from < anchorDate &&
          !(holderById.get(p.holder_id)?.email ?? '').endsWith('@voorbeeld.demo'),
      ),
    )
    .slice(0, PASS_ORDERS)
    .sort((a, b) =>
      a.valid_from < b.valid_from ? -1 : a.valid_from > b.valid_from ? 1 : a.number.localeCompare(b.number),
    );
  const bank = await municipalityBank(tx, tenantId);
  const income = await ensureAccount(tx, tenantId, 'pass_sale_income', {}, 'Pass sales income');
  const budget = await ensureAccount(tx, tenantId, 'action_budget', {}, 'Actiebudget');
  const orders: Insertable<DB['pass_orders']>[] = [];
  const items: Insertable<DB['pass_order_items']>[] = [];
  // The test payment provider's side of each paid order, as TestPaymentProvider keeps it: without
  // it the provider knows no such payment, and refunding a seeded order fails (502).
  const payments: Insertable<DB['test_payments']>[] = [];
  for (const pass of sold) {
    const orderId = ids.uuid();
    const kids = (childrenOf.get(pass.id!) ?? []).filter((c) => c.valid_from === pass.valid_from);
    const orderItems = [
      { kind: 'adult' as const, pass, price: adult },
      ...kids.map((c) => ({ kind: 'child' as const, pass: c, price: child })),
    ];
    const amount = orderItems.reduce((t, i) => t + i.price.price_cents, 0);
    const share = orderItems.reduce((t, i) => t + i.price.action_budget_share_cents, 0);
    const paidAt = amsterdamInstant(dayNumber(pass.valid_from), random.int(8, 21), random.int(0, 59));
    const paymentId = `tst_demo${orderId.replace(/-/g, '').slice(0, 12)}`;
    // The lines SalesService books when the payment provider reports the order paid.
    const lines = [
      { accountId: bank.id, amountCents: amount },
      { accountId: income.id, amountCents: -amount },
    ];
    if (share > 0)
      lines.push({ accountId: budget.id, amountCents: share }, { accountId: bank.id, amountCents: -share });
    const posted = await postEntry(tx, {
      tenantId,
      kind: 'pass_sale',
      reference: orderId,
      recordedBy: `payment:test:${paymentId}`,
      occurredAt: paidAt,
      description: `Pass sale: order ${orderId} (${orderItems.length} pass${orderItems.length === 1 ? '' : 'es'})`,
      lines,
    });
    orders.push({
      tenant_id: tenantId,
      id: orderId,
      holder_id: pass.holder_id,
      status: 'paid',
      amount_cents: amount,
      action_budget_share_cents: share,
      payment_provider: 'test',
      payment_id: paymentId,
      checkout_url: null,
      parent_pass_id: null,
      sale_entry_id: posted.id,
      created_at: new Date(paidAt.getTime() - 120_000),
      paid_at: paidAt,
    });
    payments.push({
      tenant_id: tenantId,
      id: paymentId,
      amount_cents: amount,
      description: `Zaanse Pas: ${orderItems.length === 1 ? '1 pas' : `${orderItems.length} passen`} (bestelling ${orderId.slice(0, 8)})`,
      redirect_url: `/pas-kopen/bestelling/${orderId}`,
      webhook_url: '/api/v1/payment-webhooks/test',
      metadata: JSON.stringify({ orderId, tenantId }),
      status: 'paid',
      created_at: new Date(paidAt.getTime() - 120_000),
    });
    orderItems.forEach((item, i) =>
      items.push({
        tenant_id: tenantId,
        order_id: orderId,
        item_no: i + 1,
        pass_kind: item.kind,
        holder_name: holderById.get(item.pass.holder_id)!.name,
        birth_date: holderById.get(item.pass.holder_id)!.birth_date ?? null,
        price_cents: item.price.price_cents,
        action_budget_share_cents: item.price.action_budget_share_cents,
        pass_id: item.pass.id!,
      }),
    );
  }
  for (let i = 0; i < orders.length; i += 500)
    await tx
      .insertInto('pass_orders')
      .values(orders.slice(i, i + 500))
      .execute();
  for (let i = 0; i < items.length; i += 500)
    await tx
      .insertInto('pass_order_items')
      .values(items.slice(i, i + 500))
      .execute();
  for (let i = 0; i < payments.length; i += 500)
    await tx
      .insertInto('test_payments')
      .values(payments.slice(i, i + 500))
      .execute();

  // ---- Sponsors: five pledges, four received ------------------------------------------------------------
  const sponsorDefs = [
    {
      name: 'Verkade Zaandam',
      amount: 500_000,
      publicity: true,
      text: 'Verkade steunt sport en spel in de Zaanse wijken.',
      received: true,
    },
    {
      name: 'Rabobank Zaanstreek',
      amount: 750_000,
      publicity: true,
      text: 'Samen sterk voor meedoen in Zaanstad.',
      received: true,
    },
    {
      name: 'Albert Heijn Zaandam Centrum',
      amount: 250_000,
      publicity: true,
      text: 'Voor activiteiten in de buurthuizen.',
      received: true,
    },
    { name: 'Installatiebedrijf Van Dam', amount: 150_000, publicity: false, text: '', received: true },
    {
      name: 'Zaanse Ondernemers Vereniging',
      amount: 300_000,
      publicity: true,
      text: 'Ondernemers voor hun eigen stad.',
      received: false,
    },
  ];
  for (const [i, def] of sponsorDefs.entries()) {
    const sponsorId = ids.uuid();
    const pledgeId = ids.uuid();
    const pledgedOn = addDays(anchorDate, -(380 - i * 60));
    await tx
      .insertInto('sponsors')
      .values({
        tenant_id: tenantId,
        id: sponsorId,
        name: def.name,
        contact_name: 'Afdeling communicatie',
        contact_email: `info@${def.name.toLowerCase().replace(/[^a-z]/g, '')}.demo`,
        provider_id: null,
        created_at: at(pledgedOn, 10),
      })
      .execute();
    await tx
      .insertInto('sponsor_pledges')
      .values({
        tenant_id: tenantId,
        id: pledgeId,
        sponsor_id: sponsorId,
        amount_cents: def.amount,
        expected_on: addDays(pledgedOn, def.received ? 30 : 60 + 380 - i * 60),
        publicity_text: def.text,
        publicity_agreed: def.publicity,
        created_at: at(pledgedOn, 10),
        created_by: BY,
      })
      .execute();
    if (def.received) {
      await receiveContributionTx(tx, {
        tenantId,
        pledgeId,
        amountCents: def.amount,
        receivedOn: addDays(pledgedOn, 21 + i),
        bankReference: `NL-BANK-${pledgedOn.replace(/-/g, '')}-${i + 1}`,
        recordedBy: BY,
      });
    }
  }

  // ---- Redemptions paid from credit and discounts reimbursed ----------------------------------------------
  // The demo residents (README) keep most of their credit, so "Mijn pas" shows it.
  const demoHolders = new Set(
    rows.holders.filter((h) => (h.email ?? '').endsWith('@voorbeeld.demo')).map((h) => h.id!),
  );
  const demoPasses = new Set(rows.passes.filter((p) => demoHolders.has(p.holder_id)).map((p) => p.id!));
  for (const p of rows.passes) if (p.parent_pass_id && demoPasses.has(p.parent_pass_id)) demoPasses.add(p.id!);
  const updates: { id: string; c: number; m: number }[] = [];
  const ordered = [...rows.redemptions].sort(
    (a, b) => toDate(a.created_at).getTime() - toDate(b.created_at).getTime() || a.id!.localeCompare(b.id!),
  );
  let creditPayments = 0;
  let reimbursements = 0;
  for (const r of ordered) {
    if (r.cancelled_at) continue;
    const offer = offerById.get(r.offer_id)!;
    const redeemedAt = toDate(r.created_at);
    const wallet = wallets.get(r.pass_id);
    let creditCents = 0;
    const spendable = wallet ? wallet.balance - (demoPasses.has(r.pass_id) ? 10_000 : 0) : 0;
    if (
      wallet &&
      creditOffers.has(offer.id!) &&
      redeemedAt >= wallet.loadedAt &&
      spendable > 0 &&
      r.price_cents > 0 &&
      (offer.categories as string[]).some((c) => wallet.spendable.includes(c)) &&
      random.chance(0.75)
    ) {
      creditCents = Math.min(r.price_cents, spendable);
    }
    const b = borne.get(offer.id!);
    const reimbursed =
      b && redeemedAt >= b.since
        ? reimbursableCents(
            { discount_borne_by: b.source, regular_price_cents: offer.regular_price_cents ?? null },
            r.price_cents,
          )
        : 0;
    if (creditCents === 0 && reimbursed === 0) continue;
    await bookRedemptionInLedger(tx, {
      tenantId,
      redemptionId: r.id!,
      providerId: r.provider_id,
      redeemedAt,
      recordedBy: BY,
      credit: creditCents > 0 ? [{ accountId: wallet!.accountId, amountCents: creditCents }] : [],
      reimbursedCents: reimbursed,
      source:
        reimbursed > 0
          ? b!.source === 'scheme'
            ? { type: 'scheme_fund', schemeId: meedoenId }
            : { type: 'action_budget' }
          : null,
    });
    if (creditCents > 0) {
      wallet!.balance -= creditCents;
      creditPayments++;
    }
    if (reimbursed > 0) reimbursements++;
    updates.push({ id: r.id!, c: creditCents, m: reimbursed });
  }
  for (let i = 0; i < updates.length; i += 2000) {
    await sql`update redemptions r set credit_cents = v.c, reimbursed_cents = v.m
      from jsonb_to_recordset(cast(${JSON.stringify(updates.slice(i, i + 2000))} as jsonb)) as v(id uuid, c integer, m integer)
      where r.tenant_id = ${tenantId} and r.id = v.id`.execute(tx);
  }

  // ---- Actiebudget grants to buurthuizen -------------------------------------------------------------------
  const centres = rows.providers
    .filter((p) => p.kind === 'community_centre')
    .sort((a, b) => a.name.localeCompare(b.name));
  const wijkOf = new Map(rows.locations.map((l) => [l.provider_id, l.wijk_code]));
  const activities = [
    'Huiswerkklas',
    'Buurtmaaltijd',
    'Zomerspelen',
    'Taalcafé',
    'Sinterklaasfeest',
    'Sportinstuif',
    'Kookles voor jongeren',
    'Repair café',
    'Moestuinproject',
    'Kerstdiner',
    'Speelmiddag',
    'Naailes',
  ];
  let grants = 0;
  for (let i = 0; i < 12 && centres.length > 0; i++) {
    const centre = centres[i % centres.length]!;
    const wijkCode = wijkOf.get(centre.id!);
    if (!wijkCode) continue;
    const grantedOn = addDays(anchorDate, -(300 - i * 24));
    await bookGrantTx(tx, {
      tenantId,
      activityName: activities[i]!,
      wijkCode,
      amountCents: random.int(6, 24) * 2_500,
      grantedOn,
      providerId: centre.id!,
      reference: `seed-grant-${grantedOn}-${i + 1}`,
      recordedBy: BY,
    });
    grants++;
  }

  // ---- Settlement runs for the last three months; the two earlier ones confirmed paid ----------------------
  const anchorMonth = firstOfMonth(anchorDate);
  let runs = 0;
  for (const back of [3, 2, 1]) {
    const periodStart = addMonths(anchorMonth, -back);
    const periodEnd = endOfMonth(periodStart);
    const madeAt = at(addDays(periodEnd, 1), 7);
    const { runId } = await createRunTx(tx, tenantId, { periodStart, periodEnd }, BY, { occurredAt: madeAt });
    await tx
      .updateTable('settlement_runs')
      .set({ created_at: madeAt } as never)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', runId)
      .execute();
    runs++;
    if (back === 1) continue;
    const settlements = await tx
      .selectFrom('settlements')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('run_id', '=', runId)
      .orderBy('provider_id')
      .execute();
    for (const s of settlements) {
      await markSettlementPaidTx(tx, {
        tenantId,
        settlementId: s.id,
        source: 'manual',
        reference: `Bankafschrift ${addDays(periodEnd, 6)}`,
        paidOn: addDays(periodEnd, 6),
        by: BY,
        occurredAt: at(addDays(periodEnd, 6), 12),
      });
    }
  }
  return {
    creditPasses: wallets.size,
    creditPayments,
    reimbursements,
    passOrders: orders.length,
    grants,
    settlementRuns: runs,
  };
}
