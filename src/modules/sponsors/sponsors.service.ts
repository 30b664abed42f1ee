import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, isCoOwner, type Principal } from '../access/principal.ts';
import { approvedPartnerOfStaff } from '../partners/partners.service.ts';
import { imagesOf } from '../media/media.service.ts';
import { actionBudgetAccount, occurredOn } from '../action-budget/action-budget.service.ts';
import { ensureAccount, municipalityBank, postEntry, type Tx } from '../ledger/ledger.service.ts';
import { withRetry } from '../ledger/retry.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { SponsorsRepository } from './sponsors.repository.ts';
import { sponsorsPolicy } from './sponsors.policy.ts';
import type {
  NewSponsorPledge,
  NewSponsorPledgeYear,
  NewSponsorReceipt,
  SponsorChange,
  SponsorPledgeChange,
} from './sponsors.schemas.ts';

/**
 * Sponsors of the actiebudget. A pledge is a promise and books nothing. When the municipality
 * sees the transfer on its bank statement, the receipt is booked (kind `sponsor_contribution`):
 *
 *   municipality_bank      +a   the money arrived at the municipality's bank
 *   sponsor_contributions  −a   ... as a sponsor's contribution (income, tracked per tenant)
 *   action_budget          +a   ... earmarked for the actiebudget
 *   municipality_bank      −a   ... from the municipality's bank
 *
 * One balanced entry, booked once per bank reference: a re-upload or retry books nothing twice.
 */

/** What the pass organisation sends: a pledge, and a transfer received on it (the request bodies). */
export type NewPledge = Static<typeof NewSponsorPledge>;
export type NewReceipt = Static<typeof NewSponsorReceipt>;

export type Pledge = NonNullable<Awaited<ReturnType<SponsorsService['getPledge']>>>;

const sponsorContributions = (tx: Kysely<DB>, tenantId: string) =>
  ensureAccount(tx, tenantId, 'sponsor_contributions', {}, 'Sponsor contributions');

/** Books a received sponsor transfer inside the caller's transaction. Idempotent per bank reference. */
export async function receiveContributionTx(
  tx: Tx,
  input: NewReceipt & { tenantId: string; pledgeId: string; recordedBy?: string | null },
) {
  const repo = new SponsorsRepository(tx);
  const { tenantId } = input;
  if (!(await repo.lockPledge(tenantId, input.pledgeId))) {
    throw new DomainError('sponsor-pledge-not-found', `There is no sponsor pledge with id ${input.pledgeId}.`);
  }
  const same = (r: { pledge_id: string; amount_cents: number; received_on: string }) =>
    r.pledge_id === input.pledgeId && r.amount_cents === input.amountCents && r.received_on === input.receivedOn;
  const conflict = () =>
    new DomainError(
      'ledger-reference-conflict',
      `Bank reference "${input.bankReference}" was already booked, for another pledge, amount or date.`,
    );

  const earlier = await repo.findReceiptByBankReference(tenantId, input.bankReference);
  if (earlier) {
    if (!same(earlier)) throw conflict();
    return { receipt: earlier, created: false };
  }
  const pledge = (await repo.findPledge(tenantId, input.pledgeId))!;
  const bank = await municipalityBank(tx, tenantId);
  const income = await sponsorContributions(tx, tenantId);
  const budget = await actionBudgetAccount(tx, tenantId);
  const a = input.amountCents;
  const posted = await postEntry(tx, {
    tenantId,
    kind: 'sponsor_contribution',
    reference: input.bankReference,
    description: `Sponsor contribution to the actiebudget: ${pledge.sponsor_name}`,
    occurredAt: occurredOn(input.receivedOn),
    recordedBy: input.recordedBy ?? null,
    lines: [
      { accountId: bank.id, amountCents: a },
      { accountId: income.id, amountCents: -a },
      { accountId: budget.id, amountCents: a },
      { accountId: bank.id, amountCents: -a },
    ],
  });
  const inserted = await repo.insertReceipt({
    tenantId,
    pledgeId: input.pledgeId,
    amountCents: a,
    receivedOn: input.receivedOn,
    bankReference: input.bankReference,
    entryId: posted.id,
    createdBy: input.recordedBy ?? null,
  });
  const receipt = (await repo.findReceiptByBankReference(tenantId, input.bankReference))!;
  if (!inserted && !same(receipt)) throw conflict();
  return { receipt, created: Boolean(inserted) && posted.created };
}

/** The same day in another year; 29 February becomes 28 February in a year without it. */
export function sameDayIn(date: string, year: number) {
  const monthDay = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

/** An absolute http(s) address that a browser can open. */
function isWebsite(value: string) {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function emptySponsor(p: { sponsor_id: string; sponsor_name: string; website_url: string | null }) {
  return {
    sponsorId: p.sponsor_id,
    name: p.sponsor_name,
    websiteUrl: p.website_url,
    promisedCents: 0,
    receivedCents: 0,
    recursYearly: false,
    earmarked: null as null | {
      initiative: { id: string; name: string };
      promisedCents: number;
      receivedCents: number;
    },
  };
}

export class SponsorsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {}

  /** A sponsor's promise. Books nothing. */
  async pledge(principal: Principal, input: NewPledge) {
    sponsorsPolicy.authorize(principal, 'sponsors.manage');
    const tenantId = principal.tenantId;
    const repo = new SponsorsRepository(this.db);
    const problems: InvalidParam[] = [];
    const name = input.sponsorName.trim();
    if (name.length === 0)
      problems.push({ name: 'body.sponsorName', code: 'empty', reason: "give the sponsor's name" });
    if (input.providerId && !(await repo.providerExists(tenantId, input.providerId))) {
      problems.push({
        name: 'body.providerId',
        code: 'unknown-provider',
        reason: `there is no provider ${input.providerId}`,
      });
    }
    if (input.websiteUrl !== undefined && !isWebsite(input.websiteUrl))
      problems.push({
        name: 'body.websiteUrl',
        code: 'invalid-url',
        reason: 'give a web address starting with https://',
      });
    if (input.adoptedPartnerId && !(await repo.approvedPartner(tenantId, input.adoptedPartnerId))) {
      problems.push({
        name: 'body.adoptedPartnerId',
        code: 'unknown-initiative',
        reason: `there is no approved partner initiative ${input.adoptedPartnerId}`,
      });
    }
    if (input.associationPartnerId && !(await repo.approvedAssociation(tenantId, input.associationPartnerId))) {
      problems.push({
        name: 'body.associationPartnerId',
        code: 'unknown-association',
        reason: `there is no approved co-owner (business association) ${input.associationPartnerId}`,
      });
    }
    if (problems.length > 0)
      throw new DomainError('invalid-input', 'This pledge cannot be saved; see invalidParams.', problems);
    const id = await this.db.transaction().execute(async (tx) => {
      const txRepo = new SponsorsRepository(tx);
      const sponsor = await txRepo.upsertSponsor({
        tenantId,
        name,
        contactName: input.contactName?.trim() || null,
        contactEmail: input.contactEmail?.trim() || null,
        providerId: input.providerId ?? null,
        websiteUrl: input.websiteUrl?.trim() || null,
        associationPartnerId: input.associationPartnerId ?? null,
      });
      const pledge = await txRepo.insertPledge({
        tenantId,
        sponsorId: sponsor.id,
        amountCents: input.amountCents,
        expectedOn: input.expectedOn,
        publicityText: input.publicityText?.trim() ?? '',
        publicityAgreed: input.publicityAgreed ?? false,
        createdBy: actorId(principal),
        recursYearly: input.recursYearly ?? false,
        adoptedPartnerId: input.adoptedPartnerId ?? null,
      });
      // One initiative per business. The upsert above locked the sponsor's row, so two pledges
      // of one sponsor adopting different initiatives at once are checked one after the other.
      if (input.adoptedPartnerId) {
        const adopted = await txRepo.adoptedBySponsor(tenantId, sponsor.id);
        if (adopted.some((partnerId) => partnerId !== input.adoptedPartnerId)) {
          throw new DomainError('invalid-input', 'This pledge cannot be saved; see invalidParams.', [
            {
              name: 'body.adoptedPartnerId',
              code: 'one-initiative',
              reason: `${name} already adopted another initiative; a business adopts one`,
            },
          ]);
        }
      }
      return pledge.id;
    });
    return await this.getPledge(principal, id);
  }

  async getPledge(principal: Principal, pledgeId: string) {
    sponsorsPolicy.authorize(principal, 'sponsors.manage');
    const repo = new SponsorsRepository(this.db);
    const pledge = await repo.findPledge(principal.tenantId, pledgeId);
    if (!pledge) throw new DomainError('sponsor-pledge-not-found', `There is no sponsor pledge with id ${pledgeId}.`);
    const receipts = await repo.receiptsOfPledges(principal.tenantId, [pledge.id]);
    const years = await repo.yearsOfPledges(principal.tenantId, [pledge.id]);
    return { ...pledge, receipts, years };
  }

  async listPledges(principal: Principal, page: number, pageSize: number) {
    sponsorsPolicy.authorize(principal, 'sponsors.manage');
    const repo = new SponsorsRepository(this.db);
    const { rows, totalItems } = await repo.listPledges(principal.tenantId, pageSize, (page - 1) * pageSize);
    const ids = rows.map((r) => r.id);
    const receipts = await repo.receiptsOfPledges(principal.tenantId, ids);
    const years = await repo.yearsOfPledges(principal.tenantId, ids);
    return {
      rows: rows.map((row) => ({
        ...row,
        receipts: receipts.filter((r) => r.pledge_id === row.id),
        years: years.filter((y) => y.pledge_id === row.id),
      })),
      page,
      pageSize,
      totalItems,
    };
  }

  /**
   * Yearly pledges whose contribution for this year or next is not confirmed yet: the list the
   * pass organisation works through to renew them. A stopped recurrence is never due.
   */
  async renewalsDue(principal: Principal) {
    sponsorsPolicy.authorize(principal, 'sponsors.manage');
    const repo = new SponsorsRepository(this.db);
    const thisYear = Number(this.today().slice(0, 4));
    const pledges = await repo.recurringPledges(principal.tenantId);
    const years = await repo.yearsOfPledges(
      principal.tenantId,
      pledges.map((p) => p.id),
    );
    const due = [];
    for (const p of pledges) {
      const confirmed = years.filter((y) => y.pledge_id === p.id);
      const firstYear = Number(p.expected_on.slice(0, 4));
      const amountCents = confirmed.at(-1)?.amount_cents ?? p.amount_cents;
      for (const year of [thisYear, thisYear + 1]) {
        if (year <= firstYear || confirmed.some((y) => y.year === year)) continue;
        due.push({
          pledgeId: p.id,
          sponsorId: p.sponsor_id,
          sponsorName: p.sponsor_name,
          year,
          amountCents,
          expectedOn: sameDayIn(p.expected_on, year),
          adoptedInitiative: p.adopted_partner_id
            ? { id: p.adopted_partner_id, name: p.adopted_partner_name ?? '' }
            : null,
        });
      }
    }
    return due.sort((a, b) => a.expectedOn.localeCompare(b.expectedOn) || a.sponsorName.localeCompare(b.sponsorName));
  }

  /**
   * Confirms (renews) one year of a yearly pledge. A promise: books nothing. Confirming the same
   * year again records nothing new (`created: false`); with another amount it is a conflict.
   */
  async confirmYear(principal: Principal, pledgeId: string, input: Static<typeof NewSponsorPledgeYear>) {
    sponsorsPolicy.authorize(principal, 'sponsors.manage');
    const tenantId = principal.tenantId;
    const thisYear = Number(this.today().slice(0, 4));
    const result = await this.db.transaction().execute(async (tx) => {
      const repo = new SponsorsRepository(tx);
      if (!(await repo.lockPledge(tenantId, pledgeId))) {
        throw new DomainError('sponsor-pledge-not-found', `There is no sponsor pledge with id ${pledgeId}.`);
      }
      const pledge = (await repo.findPledge(tenantId, pledgeId))!;
      const confirmed = await repo.yearsOfPledges(tenantId, [pledgeId]);
      const earlier = confirmed.find((y) => y.year === input.year);
      const amountCents =
        input.amountCents ?? earlier?.amount_cents ?? confirmed.at(-1)?.amount_cents ?? pledge.amount_cents;
      if (earlier) {
        if (earlier.amount_cents !== amountCents) {
          throw new DomainError(
            'sponsor-pledge-year-conflict',
            `The contribution for ${input.year} was already confirmed at ${earlier.amount_cents} cents.`,
          );
        }
        return { year: earlier, created: false };
      }
      if (!pledge.recurs_yearly) {
        throw new DomainError(
          'sponsor-pledge-not-recurring',
          'This pledge does not recur yearly (or its recurrence was stopped): a new year cannot be confirmed.',
        );
      }
      const firstYear = Number(pledge.expected_on.slice(0, 4));
      const problems: InvalidParam[] = [];
      if (input.year <= firstYear)
        problems.push({
          name: 'body.year',
          code: 'not-after-first-year',
          reason: `${input.year} is not after the pledge's first year ${firstYear}`,
        });
      else if (input.year > thisYear + 1)
        problems.push({
          name: 'body.year',
          code: 'too-far-ahead',
          reason: `confirm ${input.year} from ${input.year - 1} on: at most next year (${thisYear + 1})`,
        });
      if (problems.length > 0)
        throw new DomainError('invalid-input', 'This year cannot be confirmed; see invalidParams.', problems);
      await repo.insertYear({
        tenantId,
        pledgeId,
        year: input.year,
        amountCents,
        expectedOn: sameDayIn(pledge.expected_on, input.year),
        confirmedBy: actorId(principal),
      });
      const year = (await repo.yearsOfPledges(tenantId, [pledgeId])).find((y) => y.year === input.year)!;
      return { year, created: true };
    });
    return { ...result, pledge: await this.getPledge(principal, pledgeId) };
  }

  /** Stops (or starts again) the yearly recurrence of a pledge; confirmed years stay. */
  async changePledge(principal: Principal, pledgeId: string, input: Static<typeof SponsorPledgeChange>) {
    sponsorsPolicy.authorize(principal, 'sponsors.manage');
    const row = await new SponsorsRepository(this.db).setRecurrence(principal.tenantId, pledgeId, input.recursYearly);
    if (!row) throw new DomainError('sponsor-pledge-not-found', `There is no sponsor pledge with id ${pledgeId}.`);
    return await this.getPledge(principal, pledgeId);
  }

  /**
   * Per sponsor: promised (yearly pledges count their confirmed years), received, and the part
   * earmarked for an adopted initiative apart. The pass organisation sees every sponsor; a
   * co-owner only the members of its own business association. No contact details.
   */
  async overview(principal: Principal) {
    sponsorsPolicy.authorize(principal, 'sponsors.overview.read');
    const tenantId = principal.tenantId;
    let association: { id: string; name: string } | null = null;
    if (isCoOwner(principal) && principal.kind === 'staff') {
      const own = await approvedPartnerOfStaff(this.db, tenantId, principal.userId);
      if (!own || own.kind !== 'co_owner')
        throw new DomainError('forbidden', 'Your account is not linked to an approved co-owner.');
      association = { id: own.id, name: own.name };
    }
    const repo = new SponsorsRepository(this.db);
    const pledges = await repo.allPledges(tenantId, association?.id ?? null);
    const ids = pledges.map((p) => p.id);
    const [receipts, years] = await Promise.all([
      repo.receiptsOfPledges(tenantId, ids),
      repo.yearsOfPledges(tenantId, ids),
    ]);
    const bySponsor = new Map<string, ReturnType<typeof emptySponsor>>();
    for (const p of pledges) {
      const entry = bySponsor.get(p.sponsor_id) ?? emptySponsor(p);
      const promised =
        p.amount_cents + years.filter((y) => y.pledge_id === p.id).reduce((t, y) => t + y.amount_cents, 0);
      const received = receipts
        .filter((r) => r.pledge_id === p.id && !r.reversed)
        .reduce((t, r) => t + r.amount_cents, 0);
      entry.promisedCents += promised;
      entry.receivedCents += received;
      if (p.recurs_yearly) entry.recursYearly = true;
      if (p.adopted_partner_id) {
        entry.earmarked ??= {
          initiative: { id: p.adopted_partner_id, name: p.adopted_partner_name ?? '' },
          promisedCents: 0,
          receivedCents: 0,
        };
        entry.earmarked.promisedCents += promised;
        entry.earmarked.receivedCents += received;
      }
      bySponsor.set(p.sponsor_id, entry);
    }
    return { association, items: [...bySponsor.values()] };
  }

  /** Changes a sponsor's website (null removes it). */
  async changeSponsor(principal: Principal, sponsorId: string, input: Static<typeof SponsorChange>) {
    sponsorsPolicy.authorize(principal, 'sponsors.manage');
    if (input.websiteUrl !== null && !isWebsite(input.websiteUrl)) {
      throw new DomainError('invalid-input', 'This website cannot be saved; see invalidParams.', [
        { name: 'body.websiteUrl', code: 'invalid-url', reason: 'give a web address starting with https://' },
      ]);
    }
    const repo = new SponsorsRepository(this.db);
    const row = await repo.updateWebsite(principal.tenantId, sponsorId, input.websiteUrl?.trim() ?? null);
    if (!row) throw new DomainError('sponsor-not-found', `There is no sponsor with id ${sponsorId}.`);
    return { id: row.id, websiteUrl: input.websiteUrl?.trim() ?? null };
  }

  /** Public: sponsors who agreed to publicity and whose money arrived, with their logo and link. */
  async publicSponsors(principal: Principal) {
    sponsorsPolicy.authorize(principal, 'sponsors.publicity.read');
    const rows = await new SponsorsRepository(this.db).publicSponsors(principal.tenantId);
    const logos = await imagesOf(
      this.db,
      principal.tenantId,
      'sponsor',
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      websiteUrl: r.website_url,
      publicityText: r.publicity_text,
      logo: logos.get(r.id)?.[0] ?? null,
      adoptedInitiative:
        r.adopted_partner_id && r.adopted_partner_name
          ? { id: r.adopted_partner_id, name: r.adopted_partner_name }
          : null,
    }));
  }

  /** The municipality confirms a transfer: books it onto the actiebudget, once per bank reference. */
  async receive(principal: Principal, pledgeId: string, input: NewReceipt) {
    sponsorsPolicy.authorize(principal, 'sponsors.manage');
    const bankReference = input.bankReference.trim();
    const problems: InvalidParam[] = [];
    if (input.receivedOn > this.today()) {
      problems.push({
        name: 'body.receivedOn',
        code: 'in-future',
        reason: `${input.receivedOn} is after today; book a transfer once it is on the bank statement`,
      });
    }
    if (bankReference.length === 0)
      problems.push({ name: 'body.bankReference', code: 'empty', reason: 'give the reference on the bank statement' });
    if (problems.length > 0)
      throw new DomainError('invalid-input', 'This receipt cannot be booked; see invalidParams.', problems);
    const result = await withRetry(() =>
      this.db.transaction().execute((tx) =>
        receiveContributionTx(tx, {
          ...input,
          bankReference,
          tenantId: principal.tenantId,
          pledgeId,
          recordedBy: actorId(principal),
        }),
      ),
    );
    return { ...result, pledge: await this.getPledge(principal, pledgeId) };
  }
}
