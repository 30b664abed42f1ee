import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { GuideLanguage, GuidePageName } from './guide-pages.ts';

export interface GuideTextRow {
  section: string;
  language: GuideLanguage;
  body: string;
  dutch_updated_at: Date | null;
  updated_at: Date;
  updated_by: string;
  updated_by_name: string | null;
}

/** Queries of the guides module: the texts of one page, and saving one language of it. */
export class GuidesRepository {
  constructor(private readonly db: Db) {}

  /** Every stored text of a page, in the languages asked for, with the name of who saved it. */
  async texts(tenantId: string, page: GuidePageName, languages?: readonly GuideLanguage[]): Promise<GuideTextRow[]> {
    let query = this.db
      .selectFrom('guide_texts as g')
      .leftJoin('users as u', (join) =>
        join.onRef('u.tenant_id', '=', 'g.tenant_id').on(sql`'user:' || u.id::text`, '=', sql.ref('g.updated_by')),
      )
      .select([
        'g.section',
        'g.language',
        'g.body',
        'g.dutch_updated_at',
        'g.updated_at',
        'g.updated_by',
        'u.name as updated_by_name',
      ])
      .where('g.tenant_id', '=', tenantId)
      .where('g.page', '=', page);
    if (languages) query = query.where('g.language', 'in', languages);
    return query.execute();
  }

  /**
   * Saves the Dutch sections. A section whose text did not change keeps its updated_at, so its
   * translations stay current; a changed one moves on, which marks its translations possibly outdated.
   */
  async saveDutch(tenantId: string, page: GuidePageName, sections: Record<string, string>, by: string) {
    const rows = Object.entries(sections).map(([section, body]) => ({
      tenant_id: tenantId,
      page,
      section,
      language: 'nl' as const,
      body,
      dutch_updated_at: null,
      updated_by: by,
    }));
    if (rows.length === 0) return;
    await this.db
      .insertInto('guide_texts')
      .values(rows)
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'page', 'section', 'language'])
          .doUpdateSet({ body: (eb) => eb.ref('excluded.body'), updated_at: sql`now()`, updated_by: by })
          .where(sql<boolean>`guide_texts.body is distinct from excluded.body`),
      )
      .execute();
  }

  /**
   * Replaces a translation: the sections given are saved against the Dutch text of now (each row
   * records the Dutch section's updated_at); the sections left out are deleted (shown in Dutch).
   */
  async saveTranslation(
    tenantId: string,
    page: GuidePageName,
    language: Exclude<GuideLanguage, 'nl'>,
    sections: Record<string, string>,
    by: string,
  ) {
    await this.db.transaction().execute(async (tx) => {
      const keys = Object.keys(sections);
      let remove = tx
        .deleteFrom('guide_texts')
        .where('tenant_id', '=', tenantId)
        .where('page', '=', page)
        .where('language', '=', language);
      if (keys.length > 0) remove = remove.where('section', 'not in', keys);
      await remove.execute();
      for (const [section, body] of Object.entries(sections)) {
        const dutch = sql<Date>`(select d.updated_at from guide_texts d
          where d.tenant_id = ${tenantId} and d.page = ${page} and d.section = ${section} and d.language = 'nl')`;
        await tx
          .insertInto('guide_texts')
          .values({
            tenant_id: tenantId,
            page,
            section,
            language,
            body,
            dutch_updated_at: dutch,
            updated_by: by,
          })
          .onConflict((oc) =>
            oc.columns(['tenant_id', 'page', 'section', 'language']).doUpdateSet({
              body,
              dutch_updated_at: dutch,
              updated_at: sql`now()`,
              updated_by: by,
            }),
          )
          .execute();
      }
    });
  }
}
