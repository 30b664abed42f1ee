import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { RecentAnswers } from './recent-answers.ts';

/**
 * A search word: as typed (lower-cased, letters and digits only) and folded (accents removed).
 * `spellings`: for a word nothing matched, the close words of the catalogue that stand in for it.
 */
export interface SearchTerm {
  word: string;
  folded: string;
  spellings?: string[] | undefined;
  /**
   * The catalogue's words that contain one of the term's words ("les": "gitaarles", "pianoles"),
   * found in its vocabulary. Undefined: not looked up, or too many to list.
   */
  insideWords?: string[] | undefined;
}

/** The words a term stands for: itself, or for a typo the close words found for it. */
export const spellingsOf = (term: SearchTerm) => term.spellings ?? [term.folded];

/** Below this many letters a word is too short for trigram matching: only its stem counts. */
export const MIN_TRIGRAM_LENGTH = 3;
/** How many words `meaningfulTerms` and `wordsContaining` keep their answers for. */
const MAX_REMEMBERED_WORDS = 10_000;
/** Above this many catalogue words containing a word, it is matched inside the text instead. */
const MAX_INSIDE_WORDS = 100;
/** How many close words of the catalogue may stand in for a misspelt one. */
const MAX_SPELLINGS = 3;
/** How much less alike than the closest word another may be and still stand in with it. */
const SPELLING_MARGIN = 0.05;
/** How alike (pg_trgm similarity, 0–1) a catalogue word must be to stand in for a misspelt one. */
const MIN_SIMILARITY = 0.4;

/**
 * The catalogue's words (decision 0022): which typed words mean something to the Dutch stemmer,
 * which catalogue words contain a typed word, and which stand in for a typo. All from the
 * vocabulary the offers keep (offer_search_words), a few thousand words, never from every offer.
 */
export class CatalogueWordsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Per word, whether it means something to the Dutch stemmer. That only changes with the text
   * search configuration, which only a migration changes, so the answer is kept: a search of known
   * words makes one round trip less. Bounded, so odd words cannot fill the memory.
   */
  private readonly meaningful = new Map<string, boolean>();
  /** See `wordsContaining`. */
  private readonly insideWords = new RecentAnswers<string[]>({ maxEntries: MAX_REMEMBERED_WORDS });

  /** The words that mean something to the Dutch stemmer; stop words ("het", "voor") restrict nothing. */
  async meaningfulTerms(terms: SearchTerm[]): Promise<SearchTerm[]> {
    const unknown = [...new Set(terms.map((t) => t.folded).filter((word) => !this.meaningful.has(word)))];
    if (unknown.length > 0) {
      const result = await sql<{ useful: boolean }>`select numnode(to_tsquery('stadspas_dutch', t)) > 0 as useful
        from unnest(${unknown}::text[]) with ordinality as u(t, n) order by n`.execute(this.db);
      if (this.meaningful.size + unknown.length > MAX_REMEMBERED_WORDS) this.meaningful.clear();
      unknown.forEach((word, index) => this.meaningful.set(word, result.rows[index]?.useful ?? true));
    }
    return terms.filter((term) => this.meaningful.get(term.folded) ?? true);
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
    const result = await sql<{ word: string; likeness: number }>`select word, ${likeness} as likeness
      from offer_search_words
      where tenant_id = ${tenantId} and (word % ${term.folded} or ${term.folded} <% word)
        and ${likeness} >= ${MIN_SIMILARITY} and length(to_tsvector('stadspas_dutch', word)) > 0
      order by likeness desc, word limit ${MAX_SPELLINGS}`.execute(this.db);
    // Only the closest word and those as close: "zwemen" means "zwemmen" (0.67), not also
    // "zwembad" and "zwemles" (0.57), whose offers buried the ones the visitor meant.
    const best = Number(result.rows[0]?.likeness ?? 0);
    return result.rows.filter((row) => Number(row.likeness) >= best - SPELLING_MARGIN).map((row) => row.word);
  }

  /**
   * Each term with the catalogue's words that contain its words (`insideWords`): a word typed half
   * ("bibliot") or a part of compounds ("les" in "gitaarles"). The search then matches those words
   * by their stems, through the search vector's index, instead of comparing the typed word with
   * the text of every offer (a trigram LIKE, whose recheck of each candidate was most of a search's
   * time). A word inside more than MAX_INSIDE_WORDS words keeps that LIKE.
   */
  async withInsideWords(tenantId: string, terms: SearchTerm[]): Promise<SearchTerm[]> {
    const parts = [...new Set(terms.flatMap(spellingsOf))].filter((word) => word.length >= MIN_TRIGRAM_LENGTH);
    const wordsInside = await this.wordsContaining(tenantId, parts);
    return terms.map((term) => {
      const lists = spellingsOf(term).map((word) => (word.length >= MIN_TRIGRAM_LENGTH ? wordsInside.get(word) : []));
      const tooMany = lists.some((list) => list === undefined || list.length > MAX_INSIDE_WORDS);
      return { ...term, insideWords: tooMany ? undefined : [...new Set(lists.flatMap((list) => list ?? []))] };
    });
  }

  /**
   * Per part, the vocabulary's words that contain it (at most one more than MAX_INSIDE_WORDS).
   * Kept for 30 s, as the facet counts are (RecentAnswers): the vocabulary only changes when an
   * offer is saved, and a search of known words then makes one round trip less.
   */
  private async wordsContaining(tenantId: string, parts: string[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    for (const part of parts) {
      const kept = this.insideWords.peek(`${tenantId}|${part}`);
      if (kept) found.set(part, kept.value);
    }
    const missing = parts.filter((part) => !found.has(part));
    if (missing.length === 0) return found;
    const result = await sql<{ part: string; word: string }>`select p.part, v.word
      from unnest(${missing}::text[]) p(part)
      cross join lateral (select word from offer_search_words v
        where v.tenant_id = ${tenantId} and v.word like '%' || p.part || '%' limit ${MAX_INSIDE_WORDS + 1}) v`.execute(
      this.db,
    );
    for (const part of missing) found.set(part, []);
    for (const row of result.rows) found.get(row.part)?.push(row.word);
    for (const part of missing) this.insideWords.remember(`${tenantId}|${part}`, found.get(part)!);
    return found;
  }
}
