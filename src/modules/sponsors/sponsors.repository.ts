import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import './sponsors.tables.ts';

/** Queries of sponsors, pledges and receipts. Every query filters by tenant. */
export class SponsorsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  providerExists(tenantId: string, providerId: string) {
    return this.db
      .selectFrom('providers')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', providerId)
      .executeTakeFirst();
  }

  /** The sponsor with this name, created on first use; contact details given now replace the old ones. */
  upsertSponsor(values: {
    tenantId: string;
    name: string;
    contactName: string | null;
    contactEmail: string | null;
    providerId: string | null;
    websiteUrl: string | null;
    associationPartnerId: string | null;
  }) {
    return this.db
      .insertInto('sponsors')
      .values({
        tenant_id: values.tenantId,
        name: values.name,
        contact_name: values.contactName,
        contact_email: values.contactEmail,
        provider_id: values.providerId,
        website_url: values.websiteUrl,
        association_partner_id: values.associationPartnerId,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'name']).doUpdateSet({
          contact_name: sql`coalesce(excluded.contact_name, sponsors.contact_name)`,
          contact_email: sql`coalesce(excluded.contact_email, sponsors.contact_email)`,
          provider_id: sql`coalesce(excluded.provider_id, sponsors.provider_id)`,
          website_url: sql`coalesce(excluded.website_url, sponsors.website_url)`,
          association_partner_id: sql`coalesce(excluded.association_partner_id, sponsors.association_partner_id)`,
        }),
      )
      .returning(['id'])
      .executeTakeFirstOrThrow();
  }

  insertPledge(values: {
    tenantId: string;
    sponsorId: string;
    amountCents: number;
    expectedOn: string;
    publicityText: string;
    publicityAgreed: boolean;
    createdBy: string | null;
    recursYearly: boolean;
    adoptedPartnerId: string | null;
  }) {
    return this.db
      .insertInto('sponsor_pledges')
      .values({
        tenant_id: values.tenantId,
        sponsor_id: values.sponsorId,
        amount_cents: values.amountCents,
        expected_on: values.expectedOn,
        publicity_text: values.publicityText,
        publicity_agreed: values.publicityAgreed,
        created_by: values.createdBy,
        recurs_yearly: values.recursYearly,
        adopted_partner_id: values.adoptedPartnerId,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
  }

  /** Locks the pledge until the transaction ends, so receipts on one pledge are booked one at a time. */
  lockPledge(tenantId: string, pledgeId: string) {
    return this.db
      .selectFrom('sponsor_pledges')
      .select(['id'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', pledgeId)
      .forUpdate()
      .executeTakeFirst();
  }

  findPledge(tenantId: string, pledgeId: string) {
    return this.pledges(tenantId).where('p.id', '=', pledgeId).executeTakeFirst();
  }

  async listPledges(tenantId: string, limit: number, offset: number) {
    const rows = await this.pledges(tenantId)
      .orderBy('p.created_at', 'desc')
      .orderBy('p.id')
      .limit(limit)
      .offset(offset)
      .execute();
    const total = await this.db
      .selectFrom('sponsor_pledges')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow();
    return { rows, totalItems: Number(total.n) };
  }

  private pledges(tenantId: string) {
    return this.db
      .selectFrom('sponsor_pledges as p')
      .innerJoin('sponsors as s', (join) =>
        join.onRef('s.tenant_id', '=', 'p.tenant_id').onRef('s.id', '=', 'p.sponsor_id'),
      )
      .select([
        'p.id',
        'p.amount_cents',
        'p.expected_on',
        'p.publicity_text',
        'p.publicity_agreed',
        'p.created_at',
        's.id as sponsor_id',
        's.name as sponsor_name',
        's.contact_name',
        's.contact_email',
        's.provider_id',
        's.website_url',
        's.association_partner_id',
        'p.recurs_yearly',
        'p.recurrence_stopped_at',
        'p.adopted_partner_id',
        (eb) =>
          eb
            .selectFrom('partners as a')
            .select('a.name')
            .whereRef('a.tenant_id', '=', 'p.tenant_id')
            .whereRef('a.id', '=', 'p.adopted_partner_id')
            .as('adopted_partner_name'),
      ])
      .where('p.tenant_id', '=', tenantId);
  }

  /** Recurring pledges whose recurrence was not stopped, oldest first. */
  recurringPledges(tenantId: string) {
    return this.pledges(tenantId)
      .where('p.recurs_yearly', '=', true)
      .orderBy('p.expected_on')
      .orderBy('p.id')
      .execute();
  }

  /** The confirmed later years of these pledges. */
  yearsOfPledges(tenantId: string, pledgeIds: string[]) {
    if (pledgeIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('sponsor_pledge_years')
      .select(['pledge_id', 'year', 'amount_cents', 'expected_on', 'confirmed_at'])
      .where('tenant_id', '=', tenantId)
      .where('pledge_id', 'in', pledgeIds)
      .orderBy('year')
      .execute();
  }

  /** Confirms one year of a yearly pledge; undefined when that year was confirmed before. */
  insertYear(values: {
    tenantId: string;
    pledgeId: string;
    year: number;
    amountCents: number;
    expectedOn: string;
    confirmedBy: string | null;
  }) {
    return this.db
      .insertInto('sponsor_pledge_years')
      .values({
        tenant_id: values.tenantId,
        pledge_id: values.pledgeId,
        year: values.year,
        amount_cents: values.amountCents,
        expected_on: values.expectedOn,
        confirmed_by: values.confirmedBy,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'pledge_id', 'year']).doNothing())
      .returning(['year'])
      .executeTakeFirst();
  }

  /** Starts or stops the yearly recurrence of a pledge. */
  setRecurrence(tenantId: string, pledgeId: string, recursYearly: boolean) {
    return this.db
      .updateTable('sponsor_pledges')
      .set({ recurs_yearly: recursYearly, recurrence_stopped_at: recursYearly ? null : new Date() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', pledgeId)
      .returning(['id'])
      .executeTakeFirst();
  }

  /** Every pledge of the tenant, or of the members of one association, for the overview. */
  allPledges(tenantId: string, associationPartnerId: string | null) {
    let query = this.pledges(tenantId);
    if (associationPartnerId) query = query.where('s.association_partner_id', '=', associationPartnerId);
    return query.orderBy('s.name').orderBy('p.expected_on').execute();
  }

  /** An approved business association (partner of kind co_owner). */
  approvedAssociation(tenantId: string, partnerId: string) {
    return this.db
      .selectFrom('partners')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', partnerId)
      .where('status', '=', 'approved')
      .where('kind', '=', 'co_owner')
      .executeTakeFirst();
  }

  /** An approved partner organisation that a sponsor may adopt. */
  approvedPartner(tenantId: string, partnerId: string) {
    return this.db
      .selectFrom('partners')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', partnerId)
      .where('status', '=', 'approved')
      .executeTakeFirst();
  }

  /** The initiatives a sponsor's earlier pledges adopted (at most one, by the service's rule). */
  async adoptedBySponsor(tenantId: string, sponsorId: string) {
    const rows = await this.db
      .selectFrom('sponsor_pledges')
      .select('adopted_partner_id')
      .distinct()
      .where('tenant_id', '=', tenantId)
      .where('sponsor_id', '=', sponsorId)
      .where('adopted_partner_id', 'is not', null)
      .execute();
    return rows.map((r) => r.adopted_partner_id!);
  }

  receiptsOfPledges(tenantId: string, pledgeIds: string[]) {
    if (pledgeIds.length === 0) return Promise.resolve([]);
    return this.receipts(tenantId)
      .where('r.pledge_id', 'in', pledgeIds)
      .orderBy('r.received_on')
      .orderBy('r.created_at')
      .execute();
  }

  findReceiptByBankReference(tenantId: string, bankReference: string) {
    return this.receipts(tenantId).where('r.bank_reference', '=', bankReference).executeTakeFirst();
  }

  private receipts(tenantId: string) {
    return this.db
      .selectFrom('sponsor_receipts as r')
      .select([
        'r.id',
        'r.pledge_id',
        'r.amount_cents',
        'r.received_on',
        'r.bank_reference',
        'r.entry_id',
        'r.created_at',
        (eb) =>
          eb
            .exists(
              eb
                .selectFrom('journal_entries as x')
                .select('x.id')
                .whereRef('x.tenant_id', '=', 'r.tenant_id')
                .whereRef('x.reverses_entry_id', '=', 'r.entry_id'),
            )
            .as('reversed'),
      ])
      .where('r.tenant_id', '=', tenantId);
  }

  updateWebsite(tenantId: string, sponsorId: string, websiteUrl: string | null) {
    return this.db
      .updateTable('sponsors')
      .set({ website_url: websiteUrl })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', sponsorId)
      .returning(['id'])
      .executeTakeFirst();
  }

  /**
   * Sponsors with a pledge that agreed to publicity and money received on it (not reversed):
   * their name, website and the text of that pledge (the latest such). Contact details never leave.
   */
  async publicSponsors(tenantId: string) {
    const { rows } = await sql<{
      id: string;
      name: string;
      website_url: string | null;
      publicity_text: string;
      adopted_partner_id: string | null;
      adopted_partner_name: string | null;
    }>`
      select distinct on (s.id) s.id, s.name, s.website_url, p.publicity_text,
             a.id as adopted_partner_id, a.name as adopted_partner_name
        from sponsors s
        join sponsor_pledges p on p.tenant_id = s.tenant_id and p.sponsor_id = s.id
        -- The initiative it adopted (one per sponsor), named only with publicity agreed.
        left join lateral (
          select a.id, a.name from sponsor_pledges q
            join partners a on a.tenant_id = q.tenant_id and a.id = q.adopted_partner_id
           where q.tenant_id = s.tenant_id and q.sponsor_id = s.id and q.publicity_agreed
             and a.status = 'approved'
           order by q.created_at desc limit 1) a on true
       where s.tenant_id = ${tenantId}
         and p.publicity_agreed
         and exists (
           select 1 from sponsor_receipts r
            where r.tenant_id = p.tenant_id and r.pledge_id = p.id
              and not exists (select 1 from journal_entries x
                               where x.tenant_id = r.tenant_id and x.reverses_entry_id = r.entry_id))
       order by s.id, p.created_at desc`.execute(this.db);
    return rows.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  insertReceipt(values: {
    tenantId: string;
    pledgeId: string;
    amountCents: number;
    receivedOn: string;
    bankReference: string;
    entryId: string;
    createdBy: string | null;
  }) {
    return this.db
      .insertInto('sponsor_receipts')
      .values({
        tenant_id: values.tenantId,
        pledge_id: values.pledgeId,
        amount_cents: values.amountCents,
        received_on: values.receivedOn,
        bank_reference: values.bankReference,
        entry_id: values.entryId,
        created_by: values.createdBy,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'bank_reference']).doNothing())
      .returning(['id'])
      .executeTakeFirst();
  }
}
