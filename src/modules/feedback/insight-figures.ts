import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * The feedback module's raw counts for the dashboards (success conditions 2 and 4), for one
 * calendar year. Raw: the dashboards module puts every figure about people through the rule of
 * 10 before it leaves the server. Nothing here ties an answer or a rating to a person.
 */
export interface FeedbackYearFigures {
  /** Answers to resident and panel surveys (providers' answers are not about holders). */
  surveysAnswered: number;
  ratingsGiven: number;
  /** Distinct holders who rated: the people the ratings figures are about. */
  raters: number;
  averageStars: number | null;
  panelInvited: number;
  panelResponded: number;
  /** Answers to scale questions marked `indicator: ease_of_use`, and of those a 4 or 5. */
  easeOfUseAnswers: number;
  easeOfUseEasy: number;
}

export async function feedbackYearFigures(db: Db, tenantId: string, year: number): Promise<FeedbackYearFigures> {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const [responses, ratings, panel, surveys] = await Promise.all([
    db
      .selectFrom('survey_responses')
      .where('tenant_id', '=', tenantId)
      .where('answered_on', '>=', from)
      .where('answered_on', '<', to)
      .where('provider_id', 'is', null)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('offer_ratings')
      .where('tenant_id', '=', tenantId)
      .where(sql<boolean>`created_at >= ${from}::date and created_at < ${to}::date`)
      .select((eb) => [
        eb.fn.countAll<string>().as('n'),
        sql<string>`count(distinct holder_id)`.as('raters'),
        sql<string | null>`avg(stars)`.as('average'),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('panel_invitations')
      .where('tenant_id', '=', tenantId)
      .where('invited_on', '>=', from)
      .where('invited_on', '<', to)
      .select((eb) => [eb.fn.countAll<string>().as('invited'), sql<string>`count(responded_on)`.as('responded')])
      .executeTakeFirstOrThrow(),
    db.selectFrom('surveys').where('tenant_id', '=', tenantId).select(['id', 'questions']).execute(),
  ]);
  let easeOfUseAnswers = 0;
  let easeOfUseEasy = 0;
  for (const survey of surveys) {
    for (const q of survey.questions.filter((x) => x.indicator === 'ease_of_use')) {
      const row = await db
        .selectFrom('survey_responses')
        .where('tenant_id', '=', tenantId)
        .where('survey_id', '=', survey.id)
        .where('answered_on', '>=', from)
        .where('answered_on', '<', to)
        .where(sql<boolean>`answers ? ${q.id}`)
        .select([
          sql<string>`count(*)`.as('answers'),
          sql<string>`count(*) filter (where (answers->>${q.id})::numeric >= 4)`.as('easy'),
        ])
        .executeTakeFirstOrThrow();
      easeOfUseAnswers += Number(row.answers);
      easeOfUseEasy += Number(row.easy);
    }
  }
  return {
    surveysAnswered: Number(responses.n),
    ratingsGiven: Number(ratings.n),
    raters: Number(ratings.raters),
    averageStars: ratings.average === null ? null : Math.round(Number(ratings.average) * 10) / 10,
    panelInvited: Number(panel.invited),
    panelResponded: Number(panel.responded),
    easeOfUseAnswers,
    easeOfUseEasy,
  };
}
