import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * A search word: as typed (lower-cased, letters and digits only) and folded (accents removed).
 * `spellings`: for a word nothing matched, the close words of the catalogue that stand in for it.
 */
export interface SearchTerm {
  word: string;
  folded: string;
  spellings?: string[] | undefined;
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
}

export interface FacetCount {
  key: string;
  count: number;
}

/** How far (metres) from the centre of a wijk an offer still counts as "near". */
export const NEAR_RADIUS_METRES = 2500;
/** Below this many letters a word is too short for trigram matching: only its stem counts. */
const MIN_TRIGRAM_LENGTH = 3;
/** How many close words of the catalogue may stand in for a misspelt one. */
const MAX_SPELLINGS = 3;
/** How alike (pg_trgm similarity, 0–1) a catalogue word must be to stand in for a misspelt one. */
const MIN_SIMILARITY = 0.4;

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
    const result = await sql<{ useful: boolean }>`select numnode(to_tsquery('stadspas_dutch', t)) > 0 as useful
      from unnest(${terms.map((t) => t.folded)}::text[]) with ordinality as u(t, n) order by n`.execute(this.db);
    return terms.filter((_, index) => result.rows[index]?.useful ?? true);
  }

  /**
   * The catalogue's words spelt most like `term` (a typo: "bioscop" → "bioscoop"), closest first,
   * from the vocabulary the offers' texts keep (migration 202612092400), not from every offer.
   */
  async closeSpellings(tenantId: string, term: SearchTerm): Promise<string[]> {
    if (term.folded.length < MIN_TRIGRAM_LENGTH) return [];
    // Alike as whole words (`%`: "muzeum", "museum"), or the typo alike to a part of a longer
    // word (`<%`: "bioscop" in "bioscoopavond"); both operators use the trigram index. Never a
    // stop word ("een" for "eenn"): found inside the text it would match nearly every offer.
    const likeness = sql`greatest(similarity(word, ${term.folded}), word_similarity(${term.folded}, word))`;
    const result = await sql<{ word: string }>`select word from offer_search_words
      where tenant_id = ${tenantId} and (word % ${term.folded} or ${term.folded} <% word)
        and ${likeness} >= ${MIN_SIMILARITY} and length(to_tsvector('stadspas_dutch', word)) > 0
      order by ${likeness} desc, word limit ${MAX_SPELLINGS}`.execute(this.db);
    return result.rows.map((row) => row.word);
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

/** The words a term stands for: itself, or for a typo the close words found for it. */
const spellingsOf = (term: SearchTerm) => term.spellings ?? [term.folded];

/**
 * Any of the term's words by its stem.
 * The stem whole, not as a prefix: "koor" stems to "kor", and as a prefix that matched "korting"
 * in a quarter of all offers. A word typed half ("bibliot") is found inside the text instead.
 */
const stemQuery = (term: SearchTerm) => sql`to_tsquery('stadspas_dutch', ${spellingsOf(term).join(' | ')})`;

/**
 * A word matches when its stem is the stem of a word in the offer (stemming), or when it occurs
 * inside the title, summary or provider name (Dutch compounds: "zwem" in "Banenzwemmen"). A typo
 * matches through the close words standing in for it (`spellings`).
 * Terms hold only letters and digits, so they are safe in every syntax used here.
 */
function matchesTerm(term: SearchTerm): Expression<SqlBool> {
  const inside = spellingsOf(term)
    .filter((word) => word.length >= MIN_TRIGRAM_LENGTH)
    .map((word) => sql`or o.search_text like ${`%${word}%`}`);
  return sql<SqlBool>`(o.search_vector @@ ${stemQuery(term)} ${sql.join(inside, sql` `)})`;
}

/**
 * Text-search rank plus one per word found in the title as written ("taart" in "Appeltaart").
 * Computed for every match, so it stays cheap: strpos on the lower-cased title, not ilike, which
 * cost more than the rank itself.
 */
function relevance(terms: SearchTerm[]) {
  const anyTerm = terms.flatMap(spellingsOf).join(' | ');
  const inTitle = sql.join(
    terms.map((term) => {
      const words = term.spellings ?? [term.word];
      return sql`(${sql.join(
        words.map((word) => sql`strpos(lower(o.title), ${word}) > 0`),
        sql` or `,
      )})::int`;
    }),
    sql` + `,
  );
  return sql<number>`ts_rank(o.search_vector, to_tsquery('stadspas_dutch', ${anyTerm})) + ${inTitle}`;
}

/** Straight-line distance in metres (RD New is a metric grid); offers without a location sort last. */
function distance(near: { x: number; y: number }) {
  return sql<number>`coalesce(sqrt(power(o.x_rd - ${near.x}, 2) + power(o.y_rd - ${near.y}, 2)), 1e12)`;
}
