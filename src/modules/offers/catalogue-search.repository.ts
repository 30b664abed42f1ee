import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';

/** A search word: as typed (lower-cased, letters and digits only) and folded (accents removed). */
export interface SearchTerm {
  word: string;
  folded: string;
}

/** Filters of the public catalogue; all combine (AND). */
export interface CatalogueFilter {
  terms: SearchTerm[];
  route?: string | undefined;
  wijk?: string | undefined;
  category?: string | undefined;
  targetGroup?: string | undefined;
  free?: boolean | undefined;
  /** Offers valid on at least one day of [dateFrom, dateTo]. */
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  /** Centre (RD New, metres) of the wijk the visitor wants offers near. */
  near?: { x: number; y: number } | undefined;
  /** Only offers that can be used at this moment: valid today and inside their weekdays and hours. */
  validAt?: { weekday: number; time: string } | undefined;
  /** Also close spellings (typos); the service asks for them only when nothing matches exactly. */
  fuzzy?: boolean | undefined;
}

export interface FacetCount {
  key: string;
  count: number;
}

/** How far (metres) from the centre of a wijk an offer still counts as "near". */
export const NEAR_RADIUS_METRES = 2500;
/** Below this many letters a word is too short for trigram matching: only the stemmed prefix counts. */
const MIN_TRIGRAM_LENGTH = 3;

/**
 * The catalogue search (decision 0022): Dutch stemming with accents ignored (search_vector,
 * configuration stadspas_dutch), parts of compound words and typos through trigrams
 * (search_text, pg_trgm), and every filter as one key in facet_keys (one GIN index).
 */
export class CatalogueSearchRepository {
  constructor(private readonly db: Db) {}

  /** The words that mean something to the Dutch stemmer; stop words ("het", "voor") restrict nothing. */
  async meaningfulTerms(terms: SearchTerm[]): Promise<SearchTerm[]> {
    if (terms.length === 0) return terms;
    const result = await sql<{ useful: boolean }>`select numnode(to_tsquery('stadspas_dutch', t || ':*')) > 0 as useful
      from unnest(${terms.map((t) => t.folded)}::text[]) with ordinality as u(t, n) order by n`.execute(this.db);
    return terms.filter((_, index) => result.rows[index]?.useful ?? true);
  }

  /** One page of matches, best first: relevance, then distance to `near`, then title. */
  async page(tenantId: string, today: string, filter: CatalogueFilter, limit: number, offset: number) {
    let query = this.matching(tenantId, today, filter)
      .select([
        'o.id',
        'o.title',
        'o.summary',
        'o.translations',
        'o.price_type',
        'o.regular_price_cents',
        'o.discount_percent',
        'o.amount_off_cents',
        'o.fixed_price_cents',
        'o.categories',
        'o.valid_from',
        'o.valid_until',
        'o.valid_hours',
        'o.provider_id',
      ])
      // A subquery, not a join: PostgreSQL evaluates it after the sort and limit, for the page's
      // rows only, instead of hashing every provider for each search.
      .select((eb) =>
        eb
          .selectFrom('providers as p')
          .select('p.name')
          .whereRef('p.tenant_id', '=', 'o.tenant_id')
          .whereRef('p.id', '=', 'o.provider_id')
          .$asScalar()
          .$notNull()
          .as('provider_name'),
      )
      .select((eb) =>
        eb
          .selectFrom('providers as p')
          .select('p.kind')
          .whereRef('p.tenant_id', '=', 'o.tenant_id')
          .whereRef('p.id', '=', 'o.provider_id')
          .$asScalar()
          .$notNull()
          .as('provider_kind'),
      );
    if (filter.terms.length > 0) query = query.orderBy(relevance(filter.terms, filter.fuzzy ?? false), 'desc');
    if (filter.near) query = query.orderBy(distance(filter.near));
    return query
      .orderBy(sql`lower(o.title)`)
      .orderBy('o.id')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  /**
   * How many offers match, and per filter value how many of them have it: one pass over the
   * matching offers. The total is the row with key null.
   */
  async facets(
    tenantId: string,
    today: string,
    filter: CatalogueFilter,
  ): Promise<{ total: number; keys: FacetCount[] }> {
    const matching = this.matching(tenantId, today, filter).select('o.facet_keys');
    const rows = await sql<{ key: string | null; n: number }>`
      with m as (${matching})
      select null as key, count(*)::int as n from m
      union all
      select k as key, count(*)::int as n from m, unnest(m.facet_keys) k group by k`.execute(this.db);
    let total = 0;
    const keys: FacetCount[] = [];
    for (const row of rows.rows) {
      if (row.key === null) total = Number(row.n);
      else keys.push({ key: row.key, count: Number(row.n) });
    }
    return { total, keys };
  }

  /** The centre of a wijk: the mean of its boundary's vertices, good enough to sort by distance. */
  async wijkCentre(tenantId: string, code: string) {
    const result = await sql<{ x: number | null; y: number | null }>`
      select avg((p ->> 0)::float8) as x, avg((p ->> 1)::float8) as y
      from wijken w,
        jsonb_path_query(w.geometry, case when w.geometry ->> 'type' = 'Polygon'
          then '$.coordinates[*][*]' else '$.coordinates[*][*][*]' end::jsonpath) p
      where w.tenant_id = ${tenantId} and w.code = ${code}`.execute(this.db);
    const row = result.rows[0];
    return row && row.x !== null && row.y !== null ? { x: Number(row.x), y: Number(row.y) } : undefined;
  }

  private matching(tenantId: string, today: string, filter: CatalogueFilter) {
    let query = this.db
      .selectFrom('offers as o')
      .where('o.tenant_id', '=', tenantId)
      .where('o.status', '=', 'published')
      .where('o.valid_until', '>=', filter.dateFrom && filter.dateFrom > today ? filter.dateFrom : today);
    if (filter.dateTo) query = query.where('o.valid_from', '<=', filter.dateTo);
    if (filter.validAt) {
      const { weekday, time } = filter.validAt;
      // 'HH:MM' compares as text; '24:00' sorts after every time of the day.
      query = query.where('o.valid_from', '<=', today).where(
        sql<SqlBool>`(o.valid_hours = '[]'::jsonb or exists (select 1 from jsonb_array_elements(o.valid_hours) w
          where w -> 'days' @> ${JSON.stringify([weekday])}::jsonb and w ->> 'from' <= ${time} and ${time} < w ->> 'until'))`,
      );
    }
    const keys = filterKeys(filter);
    if (keys.length > 0) query = query.where(sql<SqlBool>`o.facet_keys @> ${keys}::text[]`);
    if (filter.near) {
      const { x, y } = filter.near;
      const r = NEAR_RADIUS_METRES;
      // A box first (cheap), then the circle.
      query = query
        .where(sql<SqlBool>`o.x_rd between ${x - r} and ${x + r} and o.y_rd between ${y - r} and ${y + r}`)
        .where(sql<SqlBool>`${distance(filter.near)} <= ${r}`);
    }
    for (const term of filter.terms) query = query.where(matchesTerm(term, filter.fuzzy ?? false));
    return query;
  }
}

/** The facet keys a filter asks for; see the migration 202612071500_offers_search. */
export function filterKeys(filter: CatalogueFilter): string[] {
  const keys: string[] = [];
  if (filter.route) keys.push(`route:${filter.route}`);
  if (filter.wijk) keys.push(`wijk:${filter.wijk}`);
  if (filter.category) keys.push(`category:${filter.category}`);
  if (filter.targetGroup) keys.push(`target:${filter.targetGroup}`);
  if (filter.free) keys.push('free');
  return keys;
}

const prefixQuery = (term: SearchTerm) => sql`to_tsquery('stadspas_dutch', ${`${term.folded}:*`})`;

/**
 * A word matches when its stem is a prefix of a word in the offer (stemming), or when it occurs
 * inside the title, summary or provider name (Dutch compounds: "zwem" in "Banenzwemmen"). Fuzzy:
 * also when it is close to a word there (a typo: "bioscop" for "bioscoop", pg_trgm's `<%`).
 * Terms hold only letters and digits, so they are safe in every syntax used here.
 */
function matchesTerm(term: SearchTerm, fuzzy: boolean): Expression<SqlBool> {
  if (term.folded.length < MIN_TRIGRAM_LENGTH) return sql<SqlBool>`o.search_vector @@ ${prefixQuery(term)}`;
  const close = fuzzy ? sql`or ${term.folded} <% o.search_text` : sql``;
  return sql<SqlBool>`(o.search_vector @@ ${prefixQuery(term)}
    or o.search_text like ${`%${term.folded}%`} ${close})`;
}

/**
 * Text-search rank plus a bonus per word found literally in the title; for fuzzy matches, how
 * close the spelling is. Computed for every match, so it stays cheap: no similarity unless fuzzy.
 */
function relevance(terms: SearchTerm[], fuzzy: boolean) {
  const anyTerm = terms.map((term) => `${term.folded}:*`).join(' | ');
  const perTerm = sql.join(
    terms.map((term) =>
      fuzzy
        ? sql`word_similarity(${term.folded}, o.search_text)`
        : sql`(case when o.title ilike ${`%${term.word}%`} then 1 else 0 end)`,
    ),
    sql` + `,
  );
  return sql<number>`ts_rank(o.search_vector, to_tsquery('stadspas_dutch', ${anyTerm})) + ${perTerm}`;
}

/** Straight-line distance in metres (RD New is a metric grid); offers without a location sort last. */
function distance(near: { x: number; y: number }) {
  return sql<number>`coalesce(sqrt(power(o.x_rd - ${near.x}, 2) + power(o.y_rd - ${near.y}, 2)), 1e12)`;
}
