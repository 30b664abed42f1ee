import PDFDocument from 'pdfkit';
import { endHolderSubscription } from '../newsletters/newsletters.service.ts';
import type { Db } from '../../db/database.ts';
import { formatDutchDate } from '../../shared/dutch-date.ts';
import { DomainError } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { eraseHolderApplications, holderApplicationData } from '../applications/applicant-erasure.ts';
import { eraseHolderCards, holderCardData } from '../cards/card-codes.ts';
import { eraseHolderDeskSales, holderDeskSaleData } from '../desk-sales/sale-erasure.ts';
import { eraseGiftRecipient, recipientGiftData } from '../gift-passes/recipient-erasure.ts';
import { eraseResidentAccounts } from '../identity/account-erasure.ts';
import { eraseHolderIncomeClients, holderIncomeClientData } from '../income-import/client-erasure.ts';
import { withRetry } from '../ledger/retry.ts';
import {
  eraseHolderMessages,
  eraseOldMessages,
  holderMessages,
  writeToHolder,
} from '../notifications/notifications.service.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { eraseHolderDetails, holderPassData, holdersWithoutPassSince } from '../passes/holder-erasure.ts';
import { formatPassNumber } from '../passes/pass-number.ts';
import { eraseHolderOrders } from '../sales/order-erasure.ts';
import { holderFilePolicy } from './holder-file.policy.ts';

/**
 * The resident's data (issue 14, item 12; docs/decisions/0028). A resident downloads everything
 * held about them (JSON, or a readable PDF) and may ask for erasure; the pass organisation
 * executes it from the holder's file. Each module erases its own tables through its exported
 * erase function; this file only orchestrates, in one transaction. The ledger is not touched:
 * its amounts stay complete and balanced, on pass accounts that name nobody once the holder is gone.
 */

/** Retention periods, from the environment (documented in README.md). */
export interface Retention {
  /** Days after the last pass ended before the holder's data is erased. Default 730 (2 years). */
  holderDays: number;
  /** Days e-mails and printed letters are kept. Default 365. */
  messageDays: number;
}

const days = (value: string | undefined, fallback: number) => {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n >= 1 ? n : fallback;
};

export function loadRetention(env: NodeJS.ProcessEnv = process.env): Retention {
  return {
    holderDays: days(env.STADSPAS_RETENTION_HOLDER_DAYS, 730),
    messageDays: days(env.STADSPAS_RETENTION_MESSAGE_DAYS, 365),
  };
}

/** Everything held about a holder, as the resident downloads it. */
export async function holderData(db: Db, tenantId: string, holderId: string) {
  const { holder, passes, devices } = await holderPassData(db, tenantId, holderId);
  if (!holder) throw new DomainError('holder-not-found', 'There is no such pass holder.');
  const passIds = passes.map((p) => p.id);
  const [address, redemptions, messages, cards, erasure, applications, incomeRows, gifts, deskSales] =
    await Promise.all([
      db
        .selectFrom('holder_addresses')
        .select(['street', 'house_number', 'postcode', 'city'])
        .where('tenant_id', '=', tenantId)
        .where('holder_id', '=', holderId)
        .executeTakeFirst(),
      passIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('redemptions as r')
            .innerJoin('offers as o', (j) =>
              j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.offer_id'),
            )
            .innerJoin('passes as p', (j) => j.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.pass_id'))
            .select([
              'p.number',
              'o.title',
              'r.price_cents',
              'r.credit_cents',
              'r.created_at as redeemed_at',
              'r.cancelled_at',
            ])
            .where('r.tenant_id', '=', tenantId)
            .where('r.pass_id', 'in', passIds)
            .orderBy('r.created_at', 'desc')
            .execute(),
      holderMessages(db, tenantId, holderId, holder.email),
      holderCardData(db, tenantId, passIds),
      db
        .selectFrom('erasure_requests')
        .select(['requested_at', 'executed_at'])
        .where('tenant_id', '=', tenantId)
        .where('holder_id', '=', holderId)
        .executeTakeFirst(),
      holderApplicationData(db, tenantId, holderId),
      holderIncomeClientData(db, tenantId, holderId),
      recipientGiftData(db, tenantId, passIds),
      holderDeskSaleData(db, tenantId, passIds),
    ]);
  const numberOf = new Map(passes.map((p) => [p.id, formatPassNumber(p.number)]));
  const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
  return {
    madeAt: new Date().toISOString(),
    person: {
      name: holder.name,
      email: holder.email,
      birthDate: holder.birth_date,
      wijkCode: holder.wijk_code,
      since: iso(holder.created_at),
    },
    address: address
      ? { street: address.street, houseNumber: address.house_number, postcode: address.postcode, city: address.city }
      : null,
    passes: passes.map((p) => ({
      number: formatPassNumber(p.number),
      status: p.status,
      validFrom: p.valid_from,
      validUntil: p.valid_until,
    })),
    devices: devices.map((d) => ({ label: d.label, addedAt: iso(d.created_at), removedAt: iso(d.revoked_at) })),
    redemptions: redemptions.map((r) => ({
      passNumber: formatPassNumber(r.number),
      offer: r.title,
      priceCents: Number(r.price_cents),
      creditCents: Number(r.credit_cents),
      at: iso(r.redeemed_at),
      cancelledAt: iso(r.cancelled_at),
    })),
    cardRequests: cards.requests.map((c) => ({ passNumber: numberOf.get(c.pass_id), at: iso(c.requested_at) })),
    cards: cards.cards.map((c) => ({
      passNumber: numberOf.get(c.pass_id),
      sentAt: iso(c.sent_at),
      activatedAt: iso(c.activated_at),
      blockedAt: iso(c.blocked_at),
    })),
    applications: applications.map((a) => ({
      ground: a.ground,
      status: a.status,
      explanation: a.explanation,
      submittedAt: iso(a.submitted_at),
      decidedAt: iso(a.decided_at),
      decisionReason: a.decision_reason,
    })),
    municipalityRecords: incomeRows.map((c) => ({
      clientNumber: c.client_number,
      category: c.category,
      address: c.address,
      updatedAt: iso(c.updated_at),
    })),
    giftCodes: gifts.map((g) => ({ passNumber: numberOf.get(g.pass_id!), usedAt: iso(g.redeemed_at) })),
    deskSales: deskSales.map((d) => ({
      passNumber: numberOf.get(d.pass_id!),
      salesPoint: d.sales_point,
      kind: d.kind,
      paymentMethod: d.payment_method,
      amountCents: d.amount_cents,
      at: iso(d.created_at),
    })),
    emails: messages.emails,
    letters: messages.letters,
    erasureRequestedAt: iso(erasure?.requested_at),
  };
}

export type HolderData = Awaited<ReturnType<typeof holderData>>;

/** The same data as a readable PDF (Dutch headings; Helvetica, so Latin text only). */
export function holderDataPdf(data: HolderData): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 60, info: { Title: 'Uw gegevens' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const euro = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;
  const day = (iso: string | null) => (iso ? formatDutchDate(new Date(iso)) : '-');
  const heading = (text: string) =>
    doc.moveDown().font('Helvetica-Bold').fontSize(13).text(text).font('Helvetica').fontSize(10);
  doc.font('Helvetica-Bold').fontSize(18).text('Uw gegevens');
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(`Gemaakt op ${day(data.madeAt)}. Dit is alles wat wij over u bewaren.`);
  heading('Persoon');
  doc.text(`Naam: ${data.person.name}`);
  doc.text(`E-mail: ${data.person.email ?? '-'}`);
  doc.text(`Geboortedatum: ${data.person.birthDate ? formatDutchDate(data.person.birthDate) : '-'}`);
  if (data.address)
    doc.text(
      `Adres: ${data.address.street} ${data.address.houseNumber}, ${data.address.postcode} ${data.address.city}`,
    );
  heading('Passen');
  for (const p of data.passes)
    doc.text(
      `${p.number}: ${p.status}, geldig van ${formatDutchDate(p.validFrom)} tot en met ${formatDutchDate(p.validUntil)}`,
    );
  heading('Gebruik van de pas');
  if (data.redemptions.length === 0) doc.text('Geen.');
  for (const r of data.redemptions)
    doc.text(`${day(r.at)}: ${r.offer}, ${euro(r.priceCents)}${r.cancelledAt ? ' (teruggedraaid)' : ''}`);
  heading('Passen van plastic');
  if (data.cards.length === 0) doc.text('Geen.');
  for (const c of data.cards) doc.text(`${c.passNumber}: verstuurd ${day(c.sentAt)}`);
  heading('Aanvragen');
  if (data.applications.length === 0) doc.text('Geen.');
  for (const a of data.applications) doc.text(`${day(a.submittedAt)}: ${a.ground}, ${a.status}`);
  heading('Gegevens van de gemeente');
  if (data.municipalityRecords.length === 0) doc.text('Geen.');
  for (const c of data.municipalityRecords) doc.text(`Klantnummer ${c.clientNumber}: ${c.address}`);
  heading('Gekocht aan de balie');
  if (data.deskSales.length === 0) doc.text('Geen.');
  for (const d of data.deskSales) doc.text(`${day(d.at)}: ${d.salesPoint}, ${euro(d.amountCents)}`);
  if (data.giftCodes.length > 0) heading('Cadeaucodes');
  for (const g of data.giftCodes) doc.text(`${g.passNumber}: cadeau, gebruikt op ${day(g.usedAt)}`);
  heading('Berichten');
  if (data.emails.length + data.letters.length === 0) doc.text('Geen.');
  for (const m of data.emails) doc.text(`E-mail, ${day(m.writtenAt)}: ${m.subject}`);
  for (const l of data.letters) doc.text(`Brief, ${day(l.writtenAt)}: ${l.subject}`);
  doc.end();
  return done;
}

/**
 * Erases a holder, in one transaction, each module its own tables: passes (name, e-mail, birth
 * date; passes blocked, devices revoked), identity (accounts), cards (requests; cards blocked),
 * notifications (letters deleted, e-mails blanked), applications (members, evidence, texts),
 * income-import (client rows, letter entries), gift-passes and desk-sales (unlinked from the
 * passes), sales (names on order items), and this module (address, notes, audit).
 */
export async function eraseHolderTx(tx: Db, tenantId: string, holderId: string, executedBy: string, now: Date) {
  const { holder, passes } = await holderPassData(tx, tenantId, holderId);
  if (!holder) throw new DomainError('holder-not-found', 'There is no such pass holder.');
  const messages = await eraseHolderMessages(tx, tenantId, holderId, holder.email);
  const cards = await eraseHolderCards(
    tx,
    tenantId,
    passes.map((p) => p.id),
    now,
  );
  const passIds = passes.map((p) => p.id);
  const applications = await eraseHolderApplications(tx, tenantId, holderId, now);
  const income = await eraseHolderIncomeClients(
    tx,
    tenantId,
    holderId,
    passes.map((p) => p.number),
  );
  const gifts = await eraseGiftRecipient(tx, tenantId, passIds);
  const desk = await eraseHolderDeskSales(tx, tenantId, passIds);
  const orders = await eraseHolderOrders(tx, tenantId, holderId);
  const accounts = await eraseResidentAccounts(tx, tenantId, holderId);
  await endHolderSubscription(tx, tenantId, holderId, now);
  const details = await eraseHolderDetails(tx, tenantId, holderId, now);
  await tx.deleteFrom('holder_addresses').where('tenant_id', '=', tenantId).where('holder_id', '=', holderId).execute();
  await tx.deleteFrom('holder_notes').where('tenant_id', '=', tenantId).where('holder_id', '=', holderId).execute();
  await tx
    .deleteFrom('holder_audit_events')
    .where('tenant_id', '=', tenantId)
    .where('holder_id', '=', holderId)
    .execute();
  await tx
    .insertInto('erasure_requests')
    .values({ tenant_id: tenantId, holder_id: holderId, requested_at: now, executed_at: now, executed_by: executedBy })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'holder_id']).doUpdateSet({ executed_at: now, executed_by: executedBy }),
    )
    .execute();
  return { ...messages, ...cards, ...applications, ...income, ...gifts, ...desk, ...orders, ...accounts, ...details };
}

/** The resident's own data, their request for erasure; the pass organisation's erasure. */
export class HolderDataService {
  constructor(private readonly db: Db) {}

  private residentOf(principal: Principal) {
    holderFilePolicy.authorize(principal, 'myData.read');
    if (principal.kind !== 'resident') throw new DomainError('forbidden', 'Only a resident has their own data.');
    return principal;
  }

  myData(principal: Principal) {
    const resident = this.residentOf(principal);
    return holderData(this.db, resident.tenantId, resident.holderId);
  }

  async myDataPdf(principal: Principal) {
    return holderDataPdf(await this.myData(principal));
  }

  /** Asks for erasure (once; asking again changes nothing), and confirms it to the resident. */
  async requestErasure(principal: Principal) {
    const { tenantId, holderId } = this.residentOf(principal);
    const now = new Date();
    await withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const row = await tx
          .insertInto('erasure_requests')
          .values({ tenant_id: tenantId, holder_id: holderId, requested_at: now })
          .onConflict((oc) => oc.doNothing())
          .returning('holder_id')
          .executeTakeFirst();
        if (row) await writeToHolder(tx, { tenantId, holderId, template: 'erasure-requested', now });
      }),
    );
    const row = await this.db
      .selectFrom('erasure_requests')
      .select('requested_at')
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .executeTakeFirstOrThrow();
    return { requestedAt: row.requested_at.toISOString() };
  }

  async erase(principal: Principal, holderId: string) {
    holderFilePolicy.authorize(principal, 'holderFile.erase');
    const now = new Date();
    const result = await withRetry(() =>
      this.db.transaction().execute((tx) => eraseHolderTx(tx, principal.tenantId, holderId, actorId(principal), now)),
    );
    return { erasedAt: now.toISOString(), blockedPasses: result.blockedPasses, accounts: result.accounts };
  }
}

/**
 * The retention job: e-mails and letters older than their period are blanked or deleted; holders
 * whose last pass ended longer ago than theirs are erased (a batch per run).
 */
export async function enforceRetention(db: Db, now: Date, retention: Retention) {
  const old = await eraseOldMessages(db, now, retention.messageDays);
  const endedBefore = todayInNetherlands(new Date(now.getTime() - retention.holderDays * 86_400_000));
  const holders = await holdersWithoutPassSince(db, endedBefore, 100);
  for (const h of holders)
    await withRetry(() => db.transaction().execute((tx) => eraseHolderTx(tx, h.tenant_id, h.id, 'retention', now)));
  return { holders: holders.length, messages: old.messages, letters: old.letters };
}
