import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { OfferStatus } from '../offers/offers.tables.ts';

export interface PageRequest {
  page: number;
  pageSize: number;
}

/** `q` as a LIKE pattern that matches it anywhere, with its own % and _ taken literally. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, '\\$&')}%`;

export class AdminRepository {
  constructor(private readonly db: Db) {}

  /**
   * Holders with their current pass (active and valid longest first) and wijk. `q` matches the
   * name, the e-mail address, the address (holder-file) or (digits only) the pass number.
   */
  async listHolders(tenantId: string, q: string | undefined, { page, pageSize }: PageRequest) {
    const base = this.db
      .selectFrom('holders as h')
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('passes as cp')
            .select(['cp.number', 'cp.category', 'cp.status', 'cp.valid_until'])
            .whereRef('cp.tenant_id', '=', 'h.tenant_id')
            .whereRef('cp.holder_id', '=', 'h.id')
            .orderBy(sql`(cp.status = 'active')`, 'desc')
            .orderBy('cp.valid_until', 'desc')
            .limit(1)
            .as('p'),
        (join) => join.onTrue(),
      )
      .leftJoin('wijken as w', (join) =>
        join.onRef('w.tenant_id', '=', 'h.tenant_id').onRef('w.code', '=', 'h.wijk_code'),
      )
      .where('h.tenant_id', '=', tenantId)
      .$if(q !== undefined, (query) =>
        query.where((eb) => {
          const pattern = containing(q!);
          const digits = q!.replace(/[\s-]/g, '');
          const terms = [eb('h.name', 'ilike', pattern), eb('h.email', 'ilike', pattern)];
          if (/^\d+$/.test(digits)) terms.push(eb('p.number', 'like', containing(digits)));
          // The address the holder's file keeps (street, postcode or place), read in a join.
          terms.push(
            eb.exists(
              eb
                .selectFrom('holder_addresses as ha')
                .select('ha.holder_id')
                .whereRef('ha.tenant_id', '=', 'h.tenant_id')
                .whereRef('ha.holder_id', '=', 'h.id')
                .where(
                  sql<boolean>`ha.street || ' ' || ha.house_number || ' ' || ha.postcode || ' ' || replace(ha.postcode, ' ', '') || ' ' || ha.city ilike ${pattern}`,
                ),
            ),
          );
          return eb.or(terms);
        }),
      );
    const [rows, total] = await Promise.all([
      base
        .select([
          'h.id',
          'h.name',
          'h.email',
          'p.number as pass_number',
          'p.category',
          'p.status',
          'p.valid_until',
          'w.code as wijk_code',
          'w.name as wijk_name',
        ])
        .orderBy('h.name')
        .orderBy('h.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    ]);
    return { rows, totalItems: Number(total.count) };
  }

  /** Providers with how many locations and offers they have, and how many redemptions stand. */
  async listProviders(tenantId: string, q: string | undefined, { page, pageSize }: PageRequest) {
    const base = this.db
      .selectFrom('providers as p')
      .where('p.tenant_id', '=', tenantId)
      .$if(q !== undefined, (query) => query.where('p.name', 'ilike', containing(q!)));
    const countOf = (eb: ExpressionBuilder<DB & { p: DB['providers'] }, 'p'>, table: 'locations' | 'offers') =>
      eb
        .selectFrom(table)
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .whereRef(`${table}.tenant_id`, '=', 'p.tenant_id')
        .whereRef(`${table}.provider_id`, '=', 'p.id');
    const [rows, total] = await Promise.all([
      base
        .select((eb) => [
          'p.id',
          'p.name',
          'p.kind',
          countOf(eb, 'locations').as('location_count'),
          countOf(eb, 'offers').as('offer_count'),
          eb
            .selectFrom('redemptions as r')
            .select((sub) => sub.fn.countAll<number>().as('n'))
            .whereRef('r.tenant_id', '=', 'p.tenant_id')
            .whereRef('r.provider_id', '=', 'p.id')
            .where('r.cancelled_at', 'is', null)
            .as('redemption_count'),
        ])
        .orderBy('p.name')
        .orderBy('p.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    ]);
    return { rows, totalItems: Number(total.count) };
  }

  /** Offers of every provider, drafts included. `q` matches the title or the provider's name. */
  async listOffers(
    tenantId: string,
    filter: {
      q?: string | undefined;
      status?: OfferStatus | undefined;
      providerId?: string | undefined;
      offerId?: string;
    },
    { page, pageSize }: PageRequest,
  ) {
    const { q, status, providerId, offerId } = filter;
    const base = this.db
      .selectFrom('offers as o')
      .innerJoin('providers as p', (join) =>
        join.onRef('p.tenant_id', '=', 'o.tenant_id').onRef('p.id', '=', 'o.provider_id'),
      )
      .leftJoin('credit_schemes as s', (join) =>
        join.onRef('s.tenant_id', '=', 'o.tenant_id').onRef('s.id', '=', 'o.discount_scheme_id'),
      )
      .where('o.tenant_id', '=', tenantId)
      .$if(status !== undefined, (query) => query.where('o.status', '=', status!))
      .$if(providerId !== undefined, (query) => query.where('o.provider_id', '=', providerId!))
      .$if(offerId !== undefined, (query) => query.where('o.id', '=', offerId!))
      .$if(q !== undefined, (query) =>
        query.where((eb) => eb.or([eb('o.title', 'ilike', containing(q!)), eb('p.name', 'ilike', containing(q!))])),
      );
    const [rows, total] = await Promise.all([
      base
        .select([
          'o.id',
          'o.title',
          'p.id as provider_id',
          'p.name as provider_name',
          'o.status',
          'o.price_type',
          'o.valid_from',
          'o.valid_until',
          'o.stock_total',
          'o.stock_remaining',
          'o.payable_from_credit',
          'o.discount_borne_by',
          'o.discount_scheme_id',
          's.name as discount_scheme_name',
        ])
        .orderBy('o.title')
        .orderBy('o.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    ]);
    return { rows, totalItems: Number(total.count) };
  }

  /** One offer as the offer list shows it. */
  async findOffer(tenantId: string, offerId: string) {
    return (await this.listOffers(tenantId, { offerId }, { page: 1, pageSize: 1 })).rows[0];
  }
}
