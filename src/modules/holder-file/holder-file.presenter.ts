import type { Static } from '@sinclair/typebox';
import { presentHolderFileApplication } from '../applications/applications.presenter.ts';
import { formatPassNumber } from '../passes/pass-number.ts';
import type { HolderFile, HolderNote, HolderRenewal } from './holder-file.schemas.ts';
import type { HolderFileData, HolderRenewalData } from './holder-file.service.ts';

const iso = (d: Date) => d.toISOString();

export function presentNote(n: HolderFileData['notes'][number]): Static<typeof HolderNote> {
  return { id: n.id, body: n.body, writtenBy: n.written_by_name, createdAt: iso(n.created_at) };
}

/**
 * The holder's file, for the pass organisation only (the policy allows nobody else). It shows the
 * pass category: the pass organisation decides it. Never shaped for a provider.
 */
export function presentHolderFile(data: HolderFileData): Static<typeof HolderFile> {
  const h = data.holder;
  return {
    id: h.id,
    name: h.name,
    email: h.email,
    birthDate: h.birth_date,
    wijk: h.wijk_code ? { code: h.wijk_code, name: h.wijk_name ?? h.wijk_code } : null,
    address:
      h.street !== null && h.house_number !== null && h.postcode !== null && h.city !== null
        ? { street: h.street, houseNumber: h.house_number, postcode: h.postcode, city: h.city }
        : null,
    createdAt: iso(h.created_at),
    passes: data.passes.map((p) => ({
      id: p.id,
      number: formatPassNumber(p.number),
      category: p.category,
      status: p.status,
      validFrom: p.valid_from,
      validUntil: p.valid_until,
      parentNumber: p.parent_number ? formatPassNumber(p.parent_number) : null,
      renewal: {
        paid: p.renewal.paid,
        renewableNow: p.renewal.refusal === null,
        refusal: p.renewal.refusal,
        renewableFrom: p.renewal.renewableFrom,
        priceCents: p.renewal.priceCents,
        nextValidUntil: p.renewal.nextValidUntil,
      },
    })),
    household: data.household.map((m) => ({
      holderId: m.holder_id,
      name: m.name,
      relation: m.relation,
      birthDate: m.birth_date,
      passNumber: formatPassNumber(m.number),
      passStatus: m.status,
    })),
    applications: data.applications.map(presentHolderFileApplication),
    redemptions: data.redemptions.map((r) => ({
      id: r.id,
      at: iso(r.created_at),
      passNumber: formatPassNumber(r.pass_number),
      offerTitle: r.offer_title,
      providerName: r.provider_name,
      priceCents: r.price_cents,
      cancelled: r.cancelled_at !== null,
    })),
    credit: data.credit.map((c) => ({
      passNumber: formatPassNumber(c.pass_number),
      schemeName: c.scheme_name,
      balanceCents: Number(c.balance_cents),
      validUntil: c.valid_until,
    })),
    messages: data.messages.map((m) => ({ id: m.id, subject: m.subject, createdAt: iso(m.created_at) })),
    notes: data.notes.map(presentNote),
    audit: data.audit.map((a) => ({
      id: a.id,
      action: a.action,
      by: a.actor_name,
      at: iso(a.created_at),
      changes: a.changes,
    })),
    salesPoints: data.salesPoints.map((s) => ({ id: s.id, name: s.name })),
    erasure: data.erasure
      ? {
          requestedAt: iso(data.erasure.requested_at),
          executedAt: data.erasure.executed_at ? iso(new Date(data.erasure.executed_at)) : null,
        }
      : null,
  };
}

export function presentRenewal(r: HolderRenewalData): Static<typeof HolderRenewal> {
  return {
    saleId: r.saleId,
    passNumber: formatPassNumber(r.passNumber),
    paymentMethod: r.paymentMethod,
    amountCents: r.amountCents,
    salesPointName: r.salesPointName,
    validUntilBefore: r.validUntilBefore,
    validUntil: r.validUntil,
  };
}
