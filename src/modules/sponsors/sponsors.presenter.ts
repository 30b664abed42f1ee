import type { Static } from '@sinclair/typebox';
import type {
  SponsorPledge,
  SponsorPledgeYear,
  SponsorPledgeYearBooking,
  SponsorReceipt,
  SponsorReceiptBooking,
} from './sponsors.schemas.ts';
import type { Pledge } from './sponsors.service.ts';

type Receipt = Pledge['receipts'][number];
type Year = Pledge['years'][number];

/** A confirmed later year of a yearly pledge. */
export function presentYear(y: Year): Static<typeof SponsorPledgeYear> {
  return {
    year: y.year,
    amountCents: y.amount_cents,
    expectedOn: y.expected_on,
    confirmedAt: y.confirmed_at.toISOString(),
  };
}

/** A received transfer, for the pass organisation. */
export function presentReceipt(r: Receipt): Static<typeof SponsorReceipt> {
  return {
    id: r.id,
    pledgeId: r.pledge_id,
    amountCents: r.amount_cents,
    receivedOn: r.received_on,
    bankReference: r.bank_reference,
    entryId: r.entry_id,
    reversed: Boolean(r.reversed),
    createdAt: r.created_at.toISOString(),
  };
}

/**
 * A pledge for the pass organisation only (contact details included). The public page shows
 * nothing of this: it gets its figures from the ledger and names only sponsors who agreed.
 */
export function presentPledge(p: Pledge): Static<typeof SponsorPledge> {
  const receivedCents = p.receipts.filter((r) => !r.reversed).reduce((total, r) => total + r.amount_cents, 0);
  // A yearly pledge promises its first year plus every later year confirmed.
  const promisedCents = p.amount_cents + p.years.reduce((total, y) => total + y.amount_cents, 0);
  return {
    id: p.id,
    sponsor: {
      id: p.sponsor_id,
      name: p.sponsor_name,
      contactName: p.contact_name,
      contactEmail: p.contact_email,
      providerId: p.provider_id,
      websiteUrl: p.website_url,
    },
    amountCents: p.amount_cents,
    expectedOn: p.expected_on,
    publicityText: p.publicity_text,
    publicityAgreed: p.publicity_agreed,
    receivedCents,
    outstandingCents: Math.max(0, promisedCents - receivedCents),
    status: receivedCents === 0 ? 'pledged' : receivedCents < promisedCents ? 'partly-received' : 'received',
    receipts: p.receipts.map(presentReceipt),
    createdAt: p.created_at.toISOString(),
    recursYearly: p.recurs_yearly,
    firstYear: Number(p.expected_on.slice(0, 4)),
    years: p.years.map(presentYear),
    promisedCents,
    adoptedInitiative: p.adopted_partner_id ? { id: p.adopted_partner_id, name: p.adopted_partner_name ?? '' } : null,
  };
}

/** The answer to a receipt: the receipt, whether this request booked it, and its pledge after. */
export function presentReceiptBooking(result: {
  receipt: Receipt;
  created: boolean;
  pledge: Pledge;
}): Static<typeof SponsorReceiptBooking> {
  return { ...presentReceipt(result.receipt), created: result.created, pledge: presentPledge(result.pledge) };
}

/** The answer to a year's confirmation: the year, whether this request recorded it, the pledge after. */
export function presentYearBooking(result: {
  year: Year;
  created: boolean;
  pledge: Pledge;
}): Static<typeof SponsorPledgeYearBooking> {
  return { year: presentYear(result.year), created: result.created, pledge: presentPledge(result.pledge) };
}
