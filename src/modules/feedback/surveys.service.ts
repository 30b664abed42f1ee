import { createHash, randomUUID } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError, notFound, type InvalidParam } from '../../shared/errors.ts';
import { actorId, providerOf, type Principal } from '../access/principal.ts';
import { discloseCount } from '../insight/disclosure.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { addLead, leadsHandedIn } from '../recruitment/recruitment.service.ts';
import { FeedbackRepository, type SurveyRow } from './feedback.repository.ts';
import { feedbackPolicy } from './feedback.policy.ts';
import type { NewSurveyResponse, SurveyInput } from './feedback.schemas.ts';
import { surveyPosterPdf } from './survey-poster-pdf.ts';
import {
  answerProblems,
  cleanAnswers,
  questionProblems,
  roundTotals,
  surveyResults,
  type GroupBy,
  type ResponseFacts,
} from './survey-rules.ts';

type SurveyInputBody = Static<typeof SurveyInput>;
type ResponseBody = Static<typeof NewSurveyResponse>;

const invalid = (problems: InvalidParam[], what: string) => {
  if (problems.length > 0) throw new DomainError('invalid-input', `${what}; see invalidParams.`, problems);
};
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
export const publicPathOf = (surveyId: string) => `/vragenlijst/${surveyId}`;
/** How a lead on the recruitment board refers to the need it was made from. */
const needRef = (needId: string) => `need:${needId}`;

/**
 * The needs scan: the pass organisation builds surveys and spreads them per wijk (link and QR
 * poster); anyone answers without logging in; results per wijk and target group leave only
 * after the rule of 10; open answers are coded into the groslijst of needs.
 */
export class SurveysService {
  private readonly repo: FeedbackRepository;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly publicUrl: string,
  ) {
    this.repo = new FeedbackRepository(db);
  }

  private async survey(tenantId: string, id: string): Promise<SurveyRow> {
    const survey = await this.repo.findSurvey(tenantId, id);
    if (!survey) throw new DomainError('survey-not-found', `There is no survey ${id}.`);
    return survey;
  }

  async list(principal: Principal) {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    return this.repo.listSurveys(principal.tenantId);
  }

  async get(principal: Principal, id: string) {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    const survey = await this.survey(principal.tenantId, id);
    const responses = (await this.repo.listSurveys(principal.tenantId)).find((s) => s.id === id)?.responses ?? '0';
    return { ...survey, responses };
  }

  async create(principal: Principal, input: SurveyInputBody) {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    invalid(questionProblems(input.questions), 'This survey cannot be saved');
    const { id } = await this.repo.insertSurvey(principal.tenantId, {
      seriesId: randomUUID(),
      round: 1,
      title: input.title.trim(),
      intro: input.intro.trim(),
      audience: input.audience,
      questions: input.questions,
      createdBy: actorId(principal),
    });
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, input: SurveyInputBody) {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    invalid(questionProblems(input.questions), 'This survey cannot be saved');
    await this.survey(principal.tenantId, id);
    const updated = await this.repo.updateDraft(principal.tenantId, id, {
      title: input.title.trim(),
      intro: input.intro.trim(),
      audience: input.audience,
      questions: input.questions,
    });
    if (!updated) throw new DomainError('survey-not-editable', 'This survey is open or closed: start a new round.');
    return this.get(principal, id);
  }

  /** draft → open → closed, one way. */
  async setStatus(principal: Principal, id: string, status: 'open' | 'closed') {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    const survey = await this.survey(principal.tenantId, id);
    if (status === 'open' && survey.questions.length === 0)
      invalid([{ name: 'body.status', code: 'no-questions', reason: 'add a question before opening' }], 'Cannot open');
    const from = status === 'open' ? 'draft' : 'open';
    const changed = await this.repo.setStatus(principal.tenantId, id, from, status);
    if (!changed) throw new DomainError('survey-not-editable', `Only a ${from} survey can become ${status}.`);
    return this.get(principal, id);
  }

  /** The next round of the scan: a draft copy with the same questions, in the same series. */
  async nextRound(principal: Principal, id: string) {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    const survey = await this.survey(principal.tenantId, id);
    const rounds = await this.repo.seriesRounds(principal.tenantId, survey.series_id);
    const { id: newId } = await this.repo.insertSurvey(principal.tenantId, {
      seriesId: survey.series_id,
      round: Math.max(...rounds.map((r) => r.round)) + 1,
      title: survey.title,
      intro: survey.intro,
      audience: survey.audience,
      questions: survey.questions,
      createdBy: actorId(principal),
    });
    return this.get(principal, newId);
  }

  /** What the answering page shows: only an open or closed survey, never a draft. */
  async getPublic(principal: Principal, id: string) {
    feedbackPolicy.authorize(principal, 'surveys.answer');
    const survey = await this.survey(principal.tenantId, id);
    if (survey.status === 'draft') throw new DomainError('survey-not-found', `There is no survey ${id}.`);
    return { survey, wijken: await this.repo.wijken(principal.tenantId) };
  }

  /**
   * Stores one anonymous response: no user, no pass, no IP address, the day only. The guard
   * (a random token the browser keeps) is stored hashed with the survey, so the same browser
   * cannot answer twice; it says nothing about who answered. A panel survey needs an unused
   * invitation, which is marked answered without any link to the response.
   */
  async respond(principal: Principal, id: string, body: ResponseBody) {
    feedbackPolicy.authorize(principal, 'surveys.answer');
    const survey = await this.survey(principal.tenantId, id);
    if (survey.status !== 'open') throw new DomainError('survey-not-open', 'This survey does not take answers now.');
    const wijken = await this.repo.wijken(principal.tenantId);
    const answers = body.answers;
    invalid(
      answerProblems(
        survey.questions,
        answers,
        wijken.map((w) => w.code),
      ),
      'These answers cannot be saved',
    );
    if (survey.audience === 'panel' && !body.invitation)
      throw new DomainError('survey-invitation-needed', 'Answer through the link in your invitation.');
    const clean = cleanAnswers(survey.questions, answers);
    const kindValue = (kind: string) => {
      const q = survey.questions.find((question) => question.kind === kind);
      const value = q ? clean[q.id] : undefined;
      return typeof value === 'string' ? value : null;
    };
    const today = todayInNetherlands();
    const tenantId = principal.tenantId;
    await this.db.transaction().execute(async (tx) => {
      const repo = new FeedbackRepository(tx);
      if (survey.audience === 'panel') {
        const used = await repo.useInvitation(tenantId, id, sha256(body.invitation!), today);
        if (!used) throw new DomainError('survey-invitation-needed', 'This invitation is unknown or already used.');
      }
      const inserted = await repo.insertResponse(tenantId, {
        surveyId: id,
        answeredOn: today,
        source: survey.audience === 'panel' ? 'panel' : (body.source ?? 'link'),
        wijkCode: kindValue('wijk'),
        ageBand: kindValue('age_band'),
        householdType: kindValue('household'),
        answers: clean,
        guardHash: sha256(`${id}:${body.guard}`),
        providerId: survey.audience === 'providers' ? providerOf(principal) : null,
      });
      if (!inserted) throw new DomainError('survey-already-answered', 'This survey was already answered here.');
      if (body.interview)
        await repo.insertInterviewContact(
          tenantId,
          id,
          body.interview.name.trim(),
          body.interview.contact.trim(),
          today,
        );
    });
  }

  /** Results per group after the rule of 10, and every round of the series to compare. */
  async results(principal: Principal, id: string, by: GroupBy) {
    feedbackPolicy.authorize(principal, 'surveys.results');
    const survey = await this.survey(principal.tenantId, id);
    const wijken = await this.repo.wijken(principal.tenantId);
    const wijkCodes = wijken.map((w) => w.code);
    const rounds = await this.repo.seriesRounds(principal.tenantId, survey.series_id);
    const responses = await this.repo.responsesOf(
      principal.tenantId,
      rounds.map((r) => r.id),
    );
    const factsOf = (surveyId: string): ResponseFacts[] => responses.filter((r) => r.survey_id === surveyId);
    const groupKeys =
      by === 'wijk'
        ? wijkCodes
        : by === 'age_band'
          ? ['0-17', '18-26', '27-44', '45-66', '67+']
          : ['single', 'single_parent', 'couple', 'couple_children', 'other'];
    const results = surveyResults(survey.questions, factsOf(id), by, groupKeys, wijkCodes);
    const wijkName = new Map(wijken.map((w) => [w.code, w.name]));
    return {
      surveyId: id,
      ...results,
      groups: results.groups.map((key) => ({ key, label: by === 'wijk' ? (wijkName.get(key) ?? key) : key })),
      rounds: rounds.map((round) => ({
        surveyId: round.id,
        round: round.round,
        title: round.title,
        ...roundTotals(survey.questions, factsOf(round.id), wijkCodes),
      })),
    };
  }

  /**
   * Open answers, each alone with its coded needs: nothing else of the response (no wijk, no age,
   * no household) goes along, so a text cannot be tied to a small group.
   */
  async openAnswers(principal: Principal, id: string) {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    const survey = await this.survey(principal.tenantId, id);
    const open = survey.questions.filter((q) => q.kind === 'open');
    const rows = await this.repo.openAnswers(principal.tenantId, id);
    return rows.flatMap((row) =>
      open
        .filter((q) => typeof row.answers[q.id] === 'string')
        .map((q) => ({
          responseId: row.id,
          questionId: q.id,
          text: String(row.answers[q.id]),
          needIds: (row.codes ?? []).filter((c) => c.startsWith(`${q.id}:`)).map((c) => c.slice(q.id.length + 1)),
          providerName: row.provider_name,
        })),
    );
  }

  async code(principal: Principal, responseId: string, questionId: string, needIds: string[]) {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    const response = await this.repo.findResponse(principal.tenantId, responseId);
    if (!response || typeof response.answers[questionId] !== 'string') throw notFound('This open answer');
    if ((await this.repo.countNeeds(principal.tenantId, needIds)) !== needIds.length)
      invalid([{ name: 'body.needIds', code: 'unknown', reason: 'a need does not exist' }], 'Cannot code');
    await this.db
      .transaction()
      .execute((tx) => new FeedbackRepository(tx).setCodings(principal.tenantId, responseId, questionId, needIds));
  }

  /**
   * A provider's open answer in a providers' needs scan is a conceivable offer ("een denkbare
   * aanbieding"): the pass organisation passes it to the recruitment board as a lead, with source
   * needs_scan. The recruitment module stores it (its addLead); this module writes none of its tables.
   */
  async leadFromAnswer(
    principal: Principal,
    responseId: string,
    body: { questionId: string; name: string; wijkCode?: string | undefined },
  ) {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    const response = await this.repo.findResponse(principal.tenantId, responseId);
    const text = response?.answers[body.questionId];
    if (!response || typeof text !== 'string') throw notFound('This open answer');
    const survey = await this.survey(principal.tenantId, response.survey_id);
    if (survey.audience !== 'providers')
      invalid(
        [{ name: 'path.responseId', code: 'not-allowed', reason: "only a providers' survey gives conceivable offers" }],
        'No lead from this answer',
      );
    return this.db.transaction().execute((tx) =>
      addLead(tx, principal.tenantId, {
        name: body.name,
        source: 'needs_scan',
        wijkCode: body.wijkCode ?? null,
        notes: `Denkbare aanbieding uit de behoeftescan "${survey.title}": ${text}`,
        createdBy: actorId(principal),
        createdByName: 'Behoeftescan',
      }),
    );
  }

  async interviewContacts(principal: Principal, id: string) {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    await this.survey(principal.tenantId, id);
    return this.repo.interviewContacts(principal.tenantId, id);
  }

  /** The A4 poster for one wijk: the survey's title, a QR code to its answering page with the wijk. */
  async poster(principal: Principal, id: string, wijkCode: string | undefined) {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    const survey = await this.survey(principal.tenantId, id);
    const wijken = await this.repo.wijken(principal.tenantId);
    const wijk = wijkCode ? wijken.find((w) => w.code === wijkCode) : undefined;
    if (wijkCode && !wijk)
      invalid([{ name: 'querystring.wijk', code: 'unknown', reason: 'no such wijk' }], 'No poster');
    const query = new URLSearchParams({ via: 'qr', ...(wijk ? { wijk: wijk.code } : {}) });
    const url = `${this.publicUrl}${publicPathOf(id)}?${query.toString()}`;
    return surveyPosterPdf({ title: survey.title, intro: survey.intro, url, wijkName: wijk?.name ?? null });
  }

  // ---- the groslijst of needs ----

  async listNeeds(principal: Principal) {
    feedbackPolicy.authorize(principal, 'surveys.results');
    const [needs, offers, wijken] = await Promise.all([
      this.repo.listNeeds(principal.tenantId),
      this.repo.needOffers(principal.tenantId),
      this.repo.wijken(principal.tenantId),
    ]);
    const leads = await leadsHandedIn(
      this.db,
      principal.tenantId,
      'needs_scan',
      needs.map((n) => needRef(n.id)),
    );
    return needs.map((need) => {
      const meeting = offers.filter((o) => o.need_id === need.id);
      const covered = new Set(meeting.filter((o) => o.status === 'published').flatMap((o) => o.wijken ?? []));
      return {
        id: need.id,
        title: need.title,
        description: need.description,
        // The number of answers coded with this need is a figure about people: the rule of 10.
        answers: discloseCount(Number(need.answers ?? 0)),
        offers: meeting.map((o) => ({ id: o.offer_id, title: o.title, wijkCodes: o.wijken ?? [] })),
        wijkenWithoutOffer: wijken.filter((w) => !covered.has(w.code)),
        recruitmentLeadId: leads.get(needRef(need.id)) ?? null,
      };
    });
  }

  /**
   * Puts a need of the groslijst on the recruitment board as a lead, with the need as its source
   * (source needs_scan, reference `need:<id>`): the wijken where no offer meets it and, when
   * providers' answers were coded with it, their conceivable offers go in the notes. The
   * recruitment module stores it (its addLead); handing the same need in again gives back that
   * lead, so a second click makes no second lead.
   */
  async leadFromNeed(
    principal: Principal,
    needId: string,
    body: { name?: string | undefined; wijkCode?: string | undefined },
  ) {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    const need = (await this.listNeeds(principal)).find((n) => n.id === needId);
    if (!need) throw notFound('This need');
    const suggestions = await this.repo.providerSuggestions(principal.tenantId, needId);
    const without = need.wijkenWithoutOffer;
    const notes = [
      `Behoefte uit de behoeftescan: ${need.title}${need.description ? ` (${need.description})` : ''}.`,
      without.length > 0 ? `Geen aanbod in: ${without.map((w) => w.name).join(', ')}.` : 'Er is aanbod in elke wijk.',
      ...suggestions.map(
        (s) => `Denkbare aanbieding van ${s.providerName ?? 'een aanbieder'} (behoeftescan): ${s.text}`,
      ),
    ].join('\n');
    return this.db.transaction().execute((tx) =>
      addLead(tx, principal.tenantId, {
        name: body.name ?? `Aanbod voor: ${need.title}`,
        source: 'needs_scan',
        sourceRef: needRef(need.id),
        sourceName: `Behoefte: ${need.title}`,
        // The one wijk without an offer, when there is one; else the board's owner picks.
        wijkCode: body.wijkCode ?? (without.length === 1 ? without[0]!.code : null),
        notes,
        createdBy: actorId(principal),
        createdByName: 'Behoeftescan',
      }),
    );
  }

  async createNeed(principal: Principal, title: string, description: string) {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    const row = await this.repo.insertNeed(principal.tenantId, title.trim(), description.trim());
    if (!row) throw new DomainError('conflict', 'A need with this title is on the list already.');
    return (await this.listNeeds(principal)).find((n) => n.id === row.id)!;
  }

  async setNeedOffers(principal: Principal, needId: string, offerIds: string[]) {
    feedbackPolicy.authorize(principal, 'surveys.manage');
    if (!(await this.repo.findNeed(principal.tenantId, needId))) throw notFound('This need');
    if ((await this.repo.countOffers(principal.tenantId, offerIds)) !== offerIds.length)
      invalid([{ name: 'body.offerIds', code: 'unknown', reason: 'an offer does not exist' }], 'Cannot link');
    await this.db
      .transaction()
      .execute((tx) => new FeedbackRepository(tx).setNeedOffers(principal.tenantId, needId, offerIds));
    return (await this.listNeeds(principal)).find((n) => n.id === needId)!;
  }
}
