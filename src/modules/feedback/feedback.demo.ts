import { sql } from 'kysely';
import type { DemoContext } from '../../http/module-manifest.ts';
import { FeedbackRepository } from './feedback.repository.ts';
import { PANEL_CONSENT_VERSION } from './panel.service.ts';
import { AGE_BANDS, HOUSEHOLD_TYPES, type Answers, type SurveyQuestion } from './survey-rules.ts';
import { sha256 } from './surveys.service.ts';

/** The questions of the Zaanstad needs scan (behoeftescan), the same in every round. */
export const NEEDS_SCAN_QUESTIONS: SurveyQuestion[] = [
  { id: 'wijk', kind: 'wijk', text: 'In welke wijk woont u?', options: [], required: false },
  { id: 'leeftijd', kind: 'age_band', text: 'Hoe oud bent u?', options: [], required: false },
  { id: 'huishouden', kind: 'household', text: 'Hoe ziet uw huishouden eruit?', options: [], required: false },
  {
    id: 'gebruik',
    kind: 'single',
    text: 'Hoe vaak gebruikt u de Zaanse Pas?',
    options: ['Nooit', 'Een paar keer per jaar', 'Elke maand', 'Elke week'],
    required: true,
  },
  {
    id: 'interesse',
    kind: 'multiple',
    text: 'Waar zou u de pas graag voor gebruiken?',
    options: [
      'Sport en bewegen',
      'Zwemmen',
      'Cultuur en musea',
      'Uitjes met kinderen',
      'Cursussen',
      'Eten en boodschappen',
    ],
    required: false,
  },
  {
    id: 'gemak',
    kind: 'scale',
    text: 'Hoe makkelijk is de pas te gebruiken? (1 = moeilijk, 5 = makkelijk)',
    options: [],
    required: false,
  },
  { id: 'mist', kind: 'open', text: 'Wat mist u in uw buurt?', options: [], required: false },
];

const OPEN_ANSWERS = [
  'Betaalbaar sporten voor volwassenen, niet alleen voor kinderen.',
  'Zwemles voor mijn kinderen is te duur.',
  'Een plek om koffie te drinken en mensen te ontmoeten.',
  'Hulp bij formulieren van de gemeente.',
  'Iets leuks met het hele gezin in het weekend.',
  'Een cursus computer voor ouderen.',
  'Goedkope fietsreparatie.',
];

const NEEDS = [
  { title: 'Betaalbaar sporten voor volwassenen', match: '%sport%', answer: 0 },
  { title: 'Zwemles voor kinderen', match: '%zwem%', answer: 1 },
  { title: 'Ontmoeting in de buurt', match: '%koffie%', answer: 2 },
  { title: 'Hulp bij formulieren', match: '%formulier%', answer: 3 },
  { title: 'Uitjes met het hele gezin', match: '%museum%', answer: 4 },
];

/**
 * The feedback part of the demo: two rounds of the needs scan (2025 closed, 2026 open) with
 * answers from every wijk, the groslijst of needs with the offers that meet them, ratings of
 * visits from the core demo, a few suggestions, and an experience panel with a question of the
 * GGD Zaanstreek-Waterland waiting.
 */
export async function seedFeedback({ tx, tenantId, anchorDate, random }: DemoContext) {
  const rng = random('feedback');
  const repo = new FeedbackRepository(tx);
  const wijken = await repo.wijken(tenantId);
  if (wijken.length === 0) return;
  const seriesId = rng.uuid();
  const year = Number(anchorDate.slice(0, 4));
  const round1 = await repo.insertSurvey(tenantId, {
    seriesId,
    round: 1,
    title: `Behoeftescan Zaanse Pas ${year - 1}`,
    intro: 'Wat heeft u nodig in uw buurt? Uw antwoorden zijn anoniem.',
    audience: 'residents',
    questions: NEEDS_SCAN_QUESTIONS,
    createdBy: 'seed:demo',
  });
  const round2 = await repo.insertSurvey(tenantId, {
    seriesId,
    round: 2,
    title: `Behoeftescan Zaanse Pas ${year}`,
    intro: 'Wat heeft u nodig in uw buurt? Uw antwoorden zijn anoniem.',
    audience: 'residents',
    questions: NEEDS_SCAN_QUESTIONS,
    createdBy: 'seed:demo',
  });
  await repo.setStatus(tenantId, round1.id, 'draft', 'open');
  await repo.setStatus(tenantId, round1.id, 'open', 'closed');
  await repo.setStatus(tenantId, round2.id, 'draft', 'open');

  const responseFor = (surveyId: string, on: string, n: number) => {
    const wijk = rng.pick(wijken).code;
    const answers: Answers = {
      wijk,
      leeftijd: rng.pick(AGE_BANDS.slice(1)),
      huishouden: rng.pick(HOUSEHOLD_TYPES),
      gebruik: rng.pick(NEEDS_SCAN_QUESTIONS[3]!.options),
      interesse: NEEDS_SCAN_QUESTIONS[4]!.options.filter(() => rng.chance(0.35)),
      gemak: rng.int(2, 5),
    };
    if ((answers.interesse as string[]).length === 0) delete answers.interesse;
    if (rng.chance(0.3)) answers.mist = rng.pick(OPEN_ANSWERS);
    return {
      tenant_id: tenantId,
      survey_id: surveyId,
      answered_on: on,
      source: rng.chance(0.4) ? ('qr' as const) : ('link' as const),
      wijk_code: wijk,
      age_band: answers.leeftijd as string,
      household_type: answers.huishouden as string,
      answers: JSON.stringify(answers),
      guard_hash: sha256(`${surveyId}:demo-${n}`),
      provider_id: null,
    };
  };
  const lastYear = `${year - 1}-10-15`;
  await tx
    .insertInto('survey_responses')
    .values([
      ...Array.from({ length: 260 }, (_, i) => responseFor(round1.id, lastYear, i)),
      ...Array.from({ length: 140 }, (_, i) => responseFor(round2.id, anchorDate, i)),
    ])
    .execute();
  await repo.insertInterviewContact(tenantId, round2.id, 'Mevrouw A. Yilmaz', 'a.yilmaz@voorbeeld.nl', anchorDate);

  // The groslijst: needs, the offers that meet them, and the open answers coded with them.
  for (const need of NEEDS) {
    const row = await repo.insertNeed(tenantId, need.title, '');
    if (!row) continue;
    const offers = await tx
      .selectFrom('offers')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'published')
      .where(sql<boolean>`lower(title) like ${need.match}`)
      .limit(3)
      .execute();
    await repo.setNeedOffers(
      tenantId,
      row.id,
      offers.map((o) => o.id),
    );
    await sql`
      insert into need_codings (tenant_id, response_id, question_id, need_id)
      select tenant_id, id, 'mist', ${row.id}::uuid from survey_responses
      where tenant_id = ${tenantId} and survey_id = ${round1.id}::uuid and answers->>'mist' = ${OPEN_ANSWERS[need.answer]!}
    `.execute(tx);
  }

  // Ratings of visits from the core demo: one popular offer has more than 10.
  const visits = await tx
    .selectFrom('redemptions as r')
    .innerJoin('passes as p', (j) => j.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.pass_id'))
    .select(['r.id', 'r.offer_id', 'r.provider_id', 'p.holder_id'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.cancelled_at', 'is', null)
    .where('p.parent_pass_id', 'is', null)
    .orderBy('r.created_at', 'desc')
    .limit(400)
    .execute();
  const texts = ['Heel vriendelijk ontvangen.', 'Fijn dat dit kan met de pas!', 'Het was druk, maar goed geregeld.'];
  let rated = 0;
  for (const visit of visits) {
    if (!rng.chance(0.3)) continue;
    const withText = rng.chance(0.4);
    await repo.insertRating(tenantId, {
      redemptionId: visit.id,
      offerId: visit.offer_id,
      providerId: visit.provider_id,
      holderId: visit.holder_id,
      stars: rng.pick([3, 4, 4, 5, 5]),
      body: withText ? rng.pick(texts) : '',
    });
    if (++rated >= 80) break;
  }
  await tx
    .updateTable('offer_ratings')
    .set({ text_status: 'approved', moderated_by: 'seed:demo', moderated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('text_status', '=', 'pending')
    .where(sql<boolean>`body <> 'Het was druk, maar goed geregeld.'`)
    .execute();

  await repo.insertSuggestion(tenantId, {
    kind: 'new_offer',
    message: 'Zou de kinderboerderij in Assendelft ook mee kunnen doen?',
    contactEmail: null,
  });
  await repo.insertSuggestion(tenantId, {
    kind: 'improvement',
    message: 'Graag de openingstijden van de aanbieders in de app.',
    contactEmail: null,
  });

  // The experience panel: holders with an e-mail address who agreed, and a question waiting.
  const members = await tx
    .selectFrom('holders')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('email', 'is not', null)
    .orderBy('id')
    .limit(60)
    .execute();
  for (const m of members) await repo.join(tenantId, m.id, PANEL_CONSENT_VERSION);
  await repo.insertSurvey(tenantId, {
    seriesId: rng.uuid(),
    round: 1,
    title: 'Ervaringspanel: hoe makkelijk is de Zaanse Pas?',
    intro: 'U bent lid van het ervaringspanel. Dank voor uw tijd!',
    audience: 'panel',
    questions: [
      NEEDS_SCAN_QUESTIONS[0]!,
      { id: 'gemak', kind: 'scale', text: 'Hoe makkelijk vindt u de pas?', options: [], required: true },
      { id: 'tip', kind: 'open', text: 'Wat kan beter?', options: [], required: false },
    ],
    createdBy: 'seed:demo',
  });
  await repo.insertPanelQuestion(tenantId, {
    organisation: 'GGD Zaanstreek-Waterland',
    question: 'Weet u waar u terechtkunt met vragen over gezondheid in uw buurt?',
    submittedBy: 'seed:demo',
  });
}
