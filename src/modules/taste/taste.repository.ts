import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** Queries of the taste module: the opt-in, and the holder's own history against the current offer. */
export class TasteRepository {
  constructor(private readonly db: Db) {}

  async isOptedIn(tenantId: string, holderId: string) {
    return !!(await this.db
      .selectFrom('taste_opt_ins')
      .select('holder_id')
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .executeTakeFirst());
  }

  async optIn(tenantId: string, holderId: string) {
    await this.db
      .insertInto('taste_opt_ins')
      .values({ tenant_id: tenantId, holder_id: holderId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async optOut(tenantId: string, holderId: string) {
    await this.db
      .deleteFrom('taste_opt_ins')
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .execute();
  }

  /**
   * Categories of current published offers that none of this holder's own redemptions touched,
   * most offers first, each with a few of its offers. Only this holder's history is read: no
   * other holder's behaviour counts.
   */
  async untriedCategories(tenantId: string, holderId: string, today: string) {
    const result = await sql<{
      category: string;
      name_nl: string;
      name_en: string;
      offers: { id: string; title: string }[];
    }>`
      with tried as (
        select distinct unnest(o.categories) as category
        from redemptions r
        join passes p on p.tenant_id = r.tenant_id and p.id = r.pass_id
        join offers o on o.tenant_id = r.tenant_id and o.id = r.offer_id
        where r.tenant_id = ${tenantId} and p.holder_id = ${holderId} and r.cancelled_at is null
      ),
      current as (
        select o.id, o.title, unnest(o.categories) as category
        from offers o
        where o.tenant_id = ${tenantId} and o.status = 'published'
          and o.valid_from <= cast(${today} as date) and o.valid_until >= cast(${today} as date)
      )
      select c.slug as category, c.name_nl, c.name_en,
        (select json_agg(json_build_object('id', x.id, 'title', x.title) order by x.title)
          from (select id, title from current where category = c.slug order by title limit 3) x) as offers
      from categories c
      where c.tenant_id = ${tenantId}
        and c.slug not in (select category from tried)
        and exists (select 1 from current where category = c.slug)
      order by (select count(*) from current where category = c.slug) desc, c.slug
      limit 3`.execute(this.db);
    return result.rows;
  }
}
