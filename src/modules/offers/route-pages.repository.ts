import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { RoutePictureName } from './route-pages.schemas.ts';

/** Catalogue offers on a route: published, not yet ended (the same rule as GET /offers?route=...). */
function offerCount(eb: ExpressionBuilder<DB & { r: DB['routes'] }, 'r'>, today: string) {
  return eb
    .selectFrom('offer_routes as orr')
    .innerJoin('offers as o', (join) =>
      join.onRef('o.tenant_id', '=', 'orr.tenant_id').onRef('o.id', '=', 'orr.offer_id'),
    )
    .select((inner) => inner.fn.countAll<number>().as('n'))
    .whereRef('orr.tenant_id', '=', 'r.tenant_id')
    .whereRef('orr.route_id', '=', 'r.id')
    .where('o.status', '=', 'published')
    .where('o.valid_until', '>=', today)
    .as('offer_count');
}

const PAGE_COLUMNS = [
  'r.id',
  'r.slug',
  'r.name',
  'r.description',
  'r.story',
  'r.picture',
  'r.color',
  'r.sort_order',
  'r.is_active',
] as const;

export interface RouteChanges {
  name?: string | undefined;
  description?: string | undefined;
  story?: string | undefined;
  picture?: RoutePictureName | undefined;
  color?: string | undefined;
  sortOrder?: number | undefined;
  isActive?: boolean | undefined;
}

export class RoutePagesRepository {
  constructor(private readonly db: Db) {}

  /** One route by its readable address; `activeOnly` for the public. */
  findBySlug(tenantId: string, slug: string, today: string, activeOnly: boolean) {
    let query = this.db
      .selectFrom('routes as r')
      .select(PAGE_COLUMNS)
      .select((eb) => offerCount(eb, today))
      .where('r.tenant_id', '=', tenantId)
      .where('r.slug', '=', slug);
    if (activeOnly) query = query.where('r.is_active', '=', true);
    return query.executeTakeFirst();
  }

  findById(tenantId: string, id: string) {
    return this.db
      .selectFrom('routes as r')
      .select(PAGE_COLUMNS)
      .where('r.tenant_id', '=', tenantId)
      .where('r.id', '=', id)
      .executeTakeFirst();
  }

  listAll(tenantId: string) {
    return this.db
      .selectFrom('routes as r')
      .select(PAGE_COLUMNS)
      .where('r.tenant_id', '=', tenantId)
      .orderBy('r.sort_order')
      .orderBy('r.name')
      .execute();
  }

  async update(tenantId: string, id: string, changes: RouteChanges) {
    const values = {
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.description !== undefined && { description: changes.description }),
      ...(changes.story !== undefined && { story: changes.story }),
      ...(changes.picture !== undefined && { picture: changes.picture }),
      ...(changes.color !== undefined && { color: changes.color }),
      ...(changes.sortOrder !== undefined && { sort_order: changes.sortOrder }),
      ...(changes.isActive !== undefined && { is_active: changes.isActive }),
    };
    if (Object.keys(values).length === 0) return;
    await this.db.updateTable('routes').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
  }

  async passName(tenantId: string) {
    const row = await this.db.selectFrom('tenants').select('pass_name').where('id', '=', tenantId).executeTakeFirst();
    return row?.pass_name ?? 'Stadspas';
  }
}
