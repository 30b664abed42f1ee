import type { ExpressionBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB } from '../../db/schema.ts';
import type { Db } from '../../db/database.ts';
import type { DiscountBorneBy } from './offers.tables.ts';

/** The routes of offer `o`, in their order, as a JSON array: a subquery for a select list. */
export function routesOfOffer(eb: ExpressionBuilder<DB & { o: DB['offers'] }, 'o'>) {
  return jsonArrayFrom(
    eb
      .selectFrom('offer_routes as orr')
      .innerJoin('routes as r', (join) =>
        join.onRef('r.tenant_id', '=', 'orr.tenant_id').onRef('r.id', '=', 'orr.route_id'),
      )
      .select(['r.slug', 'r.name'])
      .whereRef('orr.tenant_id', '=', 'o.tenant_id')
      .whereRef('orr.offer_id', '=', 'o.id')
      .orderBy('r.sort_order')
      .orderBy('r.name'),
  );
}

/** The locations of offer `o` (`l`), each with its wijk (`w`): a subquery to select from. */
export function locationsOfOffer(eb: ExpressionBuilder<DB & { o: DB['offers'] }, 'o'>) {
  return eb
    .selectFrom('offer_locations as ol')
    .innerJoin('locations as l', (join) =>
      join.onRef('l.tenant_id', '=', 'ol.tenant_id').onRef('l.id', '=', 'ol.location_id'),
    )
    .innerJoin('wijken as w', (join) =>
      join.onRef('w.tenant_id', '=', 'l.tenant_id').onRef('w.code', '=', 'l.wijk_code'),
    )
    .whereRef('ol.tenant_id', '=', 'o.tenant_id')
    .whereRef('ol.offer_id', '=', 'o.id');
}

/**
 * Queries of the public catalogue. An offer is visible when it is published and has not yet
 * ended (valid_until >= today). The kansentarief (reduced_price_cents) is never selected here:
 * what the catalogue does not read, it cannot show.
 */
export class OffersRepository {
  constructor(private readonly db: Db) {}

  /** A published offer with its provider, routes and locations, in one query. */
  findPublished(tenantId: string, offerId: string) {
    return this.db
      .selectFrom('offers as o')
      .innerJoin('providers as p', (join) =>
        join.onRef('p.tenant_id', '=', 'o.tenant_id').onRef('p.id', '=', 'o.provider_id'),
      )
      .select([
        'o.id',
        'o.title',
        'o.summary',
        'o.description',
        'o.conditions',
        'o.price_type',
        'o.regular_price_cents',
        'o.discount_percent',
        'o.amount_off_cents',
        'o.fixed_price_cents',
        'o.limit_per_pass',
        'o.limit_period',
        'o.categories',
        'o.target_groups',
        'o.valid_from',
        'o.valid_until',
        'o.valid_hours',
        'o.translations',
        'p.id as provider_id',
        'p.name as provider_name',
        'p.kind as provider_kind',
        'p.website as provider_website',
      ])
      .select((eb) => [
        routesOfOffer(eb).as('routes'),
        jsonArrayFrom(
          locationsOfOffer(eb)
            .select([
              'l.id',
              'l.name',
              'l.street',
              'l.postcode',
              'l.city',
              'w.code as wijk_code',
              'w.name as wijk_name',
            ])
            .orderBy('l.name')
            .orderBy('l.id'),
        ).as('locations'),
      ])
      .where('o.tenant_id', '=', tenantId)
      .where('o.id', '=', offerId)
      .where('o.status', '=', 'published')
      .executeTakeFirst();
  }

  /** All routes, each with the number of offers the catalogue shows for it. */
  listRoutes(tenantId: string, today: string) {
    return this.db
      .selectFrom('routes as r')
      .select(['r.id', 'r.slug', 'r.name', 'r.description', 'r.is_demo', 'r.picture', 'r.color'])
      .select((eb) =>
        eb
          .selectFrom('offer_routes as orr')
          .innerJoin('offers as o', (join) =>
            join.onRef('o.tenant_id', '=', 'orr.tenant_id').onRef('o.id', '=', 'orr.offer_id'),
          )
          .select((inner) => inner.fn.countAll<number>().as('n'))
          .whereRef('orr.tenant_id', '=', 'r.tenant_id')
          .whereRef('orr.route_id', '=', 'r.id')
          .where('o.status', '=', 'published')
          .where('o.valid_until', '>=', today)
          .as('offer_count'),
      )
      .where('r.tenant_id', '=', tenantId)
      .where('r.is_active', '=', true)
      .orderBy('r.sort_order')
      .orderBy('r.name')
      .execute();
  }

  listCategories(tenantId: string) {
    return this.db
      .selectFrom('categories')
      .select(['slug', 'name_nl', 'name_en'])
      .where('tenant_id', '=', tenantId)
      .orderBy('name_nl')
      .execute();
  }

  /** An offer's payment rules with the name of the scheme that bears its discount; undefined: no such offer. */
  findPaymentRules(tenantId: string, offerId: string) {
    return this.db
      .selectFrom('offers as o')
      .leftJoin('credit_schemes as s', (j) =>
        j.onRef('s.tenant_id', '=', 'o.tenant_id').onRef('s.id', '=', 'o.discount_scheme_id'),
      )
      .select([
        'o.id',
        'o.payable_from_credit',
        'o.discount_borne_by',
        'o.discount_scheme_id',
        's.name as discount_scheme_name',
      ])
      .where('o.tenant_id', '=', tenantId)
      .where('o.id', '=', offerId)
      .executeTakeFirst();
  }

  async schemeExists(tenantId: string, schemeId: string) {
    const row = await this.db
      .selectFrom('credit_schemes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', schemeId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Sets who bears the offer's discount and whether pass credit may pay there. */
  async setPaymentRules(
    tenantId: string,
    offerId: string,
    rules: { payableFromCredit: boolean; discountBorneBy: DiscountBorneBy; discountSchemeId: string | null },
  ) {
    await this.db
      .updateTable('offers')
      .set({
        payable_from_credit: rules.payableFromCredit,
        discount_borne_by: rules.discountBorneBy,
        discount_scheme_id: rules.discountSchemeId,
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', offerId)
      .execute();
  }

  /** Sets which pass categories may use the offer; undefined: no such offer. */
  setEligiblePassCategories(tenantId: string, offerId: string, categories: string[]) {
    return this.db
      .updateTable('offers')
      .set({ eligible_pass_categories: categories })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', offerId)
      .returning(['id', 'eligible_pass_categories'])
      .executeTakeFirst();
  }
}
