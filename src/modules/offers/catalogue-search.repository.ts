import { sql, type Expression, type SqlBool } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.ts';
import { locationsOfOffer, routesOfOffer } from './offers.repository.ts';
import { MIN_TRIGRAM_LENGTH, spellingsOf, type SearchTerm } from './catalogue-words.repository.ts';

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
}

export interface FacetCount {
  key: string;
  count: number;
}

/** How far (metres) from the centre of a wijk an offer still counts as "near". */
export const NEAR_RADIUS_METRES = 2500;

/**
 * The catalogue search (decision 0022): Dutch stemming with accents ignored (search_vector,
 * configuration stadspas_dutch), parts of compound words through the catalogue's words that
 * contain them (CatalogueWordsRepository), the title's trigrams for ranking, and every filter as
 * one key in facet_keys (one GIN index).
 */
export class CatalogueSearchRepository {
  constructor(private readonly db: Db) {}

  /**
   * One page of matches, best first: relevance, then distance to `near`, then title.
   *
   * Relevance is the number of words found in the title plus a text-search rank, and ts_rank
   * stays below 1: every offer with all the words in its title ranks above every offer without.
   * So when those offers alone fill the page, the page is theirs, and only they are ranked. They
   * are found through the title's trigram index: a quarter of the matches of a common word, whose
   * ranking was most of the search's time. When they do not fill it, everything is ranked.
   */
  async page(tenantId: string, today: string, filter: CatalogueFilter, limit: number, offset: number) {
    if (canRankTitlesFirst(filter)) {
      const titled = await this.rankedPage(tenantId, today, filter, limit, offset, { titlesOnly: true });
      if (titled.length === limit) return titled;
    }
    return this.rankedPage(tenantId, today, filter, limit, offset, { titlesOnly: false });
  }

  private rankedPage(
    tenantId: string,
    today: string,
    filter: CatalogueFilter,
    limit: number,
    offset: number,
    { titlesOnly }: { titlesOnly: boolean },
  ) {
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
      )
      // The page's routes and wijken in the same round trip, also evaluated for its rows only.
      .select((eb) => [
        routesOfOffer(eb).as('routes'),
        jsonArrayFrom(
          locationsOfOffer(eb).select(['w.code', 'w.name']).distinct().orderBy('w.name').orderBy('w.code'),
        ).as('wijken'),
      ]);
    if (titlesOnly) for (const term of filter.terms) query = query.where(inTitle(term));
    if (filter.terms.length > 0) query = query.orderBy(relevance(filter.terms), 'desc');
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
    for (const term of filter.terms) query = query.where(matchesTerm(term));
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

/**
 * Any of the term's words by its stem.
 * The stem whole, not as a prefix: "koor" stems to "kor", and as a prefix that matched "korting"
 * in a quarter of all offers. A word typed half ("bibliot") is found inside the text instead.
 */
const stemQuery = (term: SearchTerm) => sql`to_tsquery('stadspas_dutch', ${spellingsOf(term).join(' | ')})`;

/**
 * A word matches when its stem is the stem of a word in the offer, or when it occurs inside a
 * word of the title, summary, provider name or a translated title (Dutch compounds: "zwem" in
 * "Banenzwemmen"). With `insideWords` the words it occurs in are matched by their stems, all
 * through the search vector's index; without, the word is looked for inside the offer's text.
 * A typo matches through the close words standing in for it (`spellings`).
 * Terms hold only letters and digits, so they are safe in every syntax used here.
 */
function matchesTerm(term: SearchTerm): Expression<SqlBool> {
  if (term.insideWords) {
    const words = [...new Set([...spellingsOf(term), ...term.insideWords])];
    return sql<SqlBool>`o.search_vector @@ to_tsquery('stadspas_dutch', ${words.join(' | ')})`;
  }
  const inside = spellingsOf(term)
    .filter((word) => word.length >= MIN_TRIGRAM_LENGTH)
    .map((word) => sql`or o.search_text like ${`%${word}%`}`);
  return sql<SqlBool>`(o.search_vector @@ ${stemQuery(term)} ${sql.join(inside, sql` `)})`;
}

/** The words whose presence in the title earns a term its point of relevance. */
const titleWordsOf = (term: SearchTerm) => term.spellings ?? [term.word];

/**
 * Whether the title-first shortcut of `page` is worth a query: there are words, each long enough
 * for the title's trigram index, and each inside some word of the catalogue. A word inside none
 * (most often a typo) is in no title either, so that query could only come back empty.
 */
const canRankTitlesFirst = (filter: CatalogueFilter) =>
  filter.terms.length > 0 &&
  filter.terms.every(
    (term) => term.insideWords?.length !== 0 && titleWordsOf(term).every((word) => word.length >= MIN_TRIGRAM_LENGTH),
  );

/**
 * One of the term's words inside the lower-cased title: the same test as the title point of
 * `relevance`, written as LIKE so the trigram index on lower(title) finds it (migration
 * 202612092500). Words hold only letters and digits, never a LIKE wildcard.
 */
function inTitle(term: SearchTerm): Expression<SqlBool> {
  const words = titleWordsOf(term).map((word) => sql`lower(o.title) like ${`%${word}%`}`);
  return sql<SqlBool>`(${sql.join(words, sql` or `)})`;
}

/**
 * Text-search rank plus one per word found in the title as written ("taart" in "Appeltaart").
 * ts_rank stays below 1, so the title points decide first; `page` relies on that.
 * Computed for every match, so it stays cheap: strpos on the lower-cased title, not ilike, which
 * cost more than the rank itself.
 */
function relevance(terms: SearchTerm[]) {
  const anyTerm = terms.flatMap(spellingsOf).join(' | ');
  const titlePoints = sql.join(
    terms.map(
      (term) =>
        sql`(${sql.join(
          titleWordsOf(term).map((word) => sql`strpos(lower(o.title), ${word}) > 0`),
          sql` or `,
        )})::int`,
    ),
    sql` + `,
  );
  return sql<number>`ts_rank(o.search_vector, to_tsquery('stadspas_dutch', ${anyTerm})) + ${titlePoints}`;
}

/** Straight-line distance in metres (RD New is a metric grid); offers without a location sort last. */
function distance(near: { x: number; y: number }) {
  return sql<number>`coalesce(sqrt(power(o.x_rd - ${near.x}, 2) + power(o.y_rd - ${near.y}, 2)), 1e12)`;
}
