import type { InvalidParam } from '../../shared/errors.ts';
import { discloseCount, disclose, discloseSeries, discloseTable, type Disclosed } from '../insight/disclosure.ts';

/**
 * The needs scan's pure rules: what a question may look like, what an answer to it may be, and
 * the results per group (wijk, age band, household type) after the rule of 10. No database.
 */
export const QUESTION_KINDS = ['single', 'multiple', 'scale', 'open', 'wijk', 'age_band', 'household'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The age bands and household types every survey uses, so rounds and surveys can be compared. */
export const AGE_BANDS = ['0-17', '18-26', '27-44', '45-66', '67+'] as const;
export const HOUSEHOLD_TYPES = ['single', 'single_parent', 'couple', 'couple_children', 'other'] as const;
export const SCALE = ['1', '2', '3', '4', '5'] as const;

export interface SurveyQuestion {
  /** Stable within a series: a new round keeps it, so the rounds compare question by question. */
  id: string;
  kind: QuestionKind;
  text: string;
  options: string[];
  required: boolean;
  /**
   * A scale question that measures a dashboard indicator: `ease_of_use` is "gebruiksvriendelijk
   * ervaren" (success condition 2); an answer of 4 or 5 counts as easy.
   */
  indicator?: 'ease_of_use' | undefined;
}

export type AnswerValue = string | string[] | number;
export type Answers = Record<string, AnswerValue>;

/** The breakdowns of the results. `unknown`: the respondent skipped that question. */
export type GroupBy = 'wijk' | 'age_band' | 'household';
export const UNKNOWN = 'unknown';

const ONE_OF_A_KIND: QuestionKind[] = ['wijk', 'age_band', 'household'];
const QUESTION_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** Every problem with a survey's questions, named by field. */
export function questionProblems(questions: readonly SurveyQuestion[], field = 'body.questions'): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const add = (name: string, code: string, reason: string) => problems.push({ name, code, reason });
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    const at = `${field}.${i}`;
    if (!QUESTION_ID.test(q.id)) add(`${at}.id`, 'pattern', 'lower-case letters, digits and dashes');
    else if (seen.has(q.id)) add(`${at}.id`, 'duplicate', 'another question has this id');
    seen.add(q.id);
    if (q.text.trim() === '') add(`${at}.text`, 'empty', 'write the question');
    if (q.kind === 'single' || q.kind === 'multiple') {
      if (q.options.length < 2) add(`${at}.options`, 'too-few', 'give at least two options');
      if (q.options.some((o) => o.trim() === '')) add(`${at}.options`, 'empty', 'an option is empty');
      if (new Set(q.options.map((o) => o.trim())).size !== q.options.length)
        add(`${at}.options`, 'duplicate', 'two options are the same');
    } else if (q.options.length > 0) add(`${at}.options`, 'not-allowed', `a ${q.kind} question has fixed answers`);
    if (q.indicator !== undefined && q.kind !== 'scale')
      add(`${at}.indicator`, 'not-allowed', 'only a scale question measures an indicator');
    if (ONE_OF_A_KIND.includes(q.kind) && questions.findIndex((other) => other.kind === q.kind) !== i)
      add(`${at}.kind`, 'duplicate', `a survey asks for the ${q.kind} once`);
  });
  return problems;
}

/** The answers a question accepts (for open questions: none listed). */
export function choicesOf(question: SurveyQuestion, wijkCodes: readonly string[]): readonly string[] {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options;
    case 'scale':
      return SCALE;
    case 'wijk':
      return wijkCodes;
    case 'age_band':
      return AGE_BANDS;
    case 'household':
      return HOUSEHOLD_TYPES;
    case 'open':
      return [];
  }
}

/** Every problem with a respondent's answers; unknown questions are refused too. */
export function answerProblems(
  questions: readonly SurveyQuestion[],
  answers: Answers,
  wijkCodes: readonly string[],
): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const add = (id: string, code: string, reason: string) => problems.push({ name: `body.answers.${id}`, code, reason });
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) add(id, 'unknown', 'this survey has no such question');
  for (const q of questions) {
    const value = answers[q.id];
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (q.required) add(q.id, 'required', 'this question needs an answer');
      continue;
    }
    const choices = choicesOf(q, wijkCodes);
    if (q.kind === 'multiple') {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !choices.includes(v)))
        add(q.id, 'choice', 'choose from the options');
      else if (new Set(value).size !== value.length) add(q.id, 'duplicate', 'an option is chosen twice');
    } else if (q.kind === 'scale') {
      // The request's schema may have turned the number into a string: both are accepted.
      const n = typeof value === 'string' && /^\d$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 5)
        add(q.id, 'range', 'a whole number from 1 to 5');
    } else if (q.kind === 'open') {
      if (typeof value !== 'string' || value.length > 2000) add(q.id, 'text', 'text of at most 2000 characters');
    } else if (typeof value !== 'string' || !choices.includes(value)) add(q.id, 'choice', 'choose from the options');
  }
  return problems;
}

/** The stored answers without the empty ones, open texts trimmed. */
export function cleanAnswers(questions: readonly SurveyQuestion[], answers: Answers): Answers {
  const result: Answers = {};
  for (const q of questions) {
    const value = answers[q.id];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    result[q.id] = q.kind === 'scale' ? Number(value) : typeof value === 'string' ? value.trim() : value;
  }
  return result;
}

/** The group of a response for one breakdown. */
export function groupOf(
  response: { wijk_code: string | null; age_band: string | null; household_type: string | null },
  by: GroupBy,
): string {
  const value = by === 'wijk' ? response.wijk_code : by === 'age_band' ? response.age_band : response.household_type;
  return value ?? UNKNOWN;
}

export interface ResponseFacts {
  wijk_code: string | null;
  age_band: string | null;
  household_type: string | null;
  answers: Answers;
}

export interface QuestionResult {
  questionId: string;
  kind: QuestionKind;
  /** The answers counted (empty for open questions). */
  choices: string[];
  /** People per choice and group (multiple choice: a person counts once per choice). */
  cells: Record<string, Record<string, Disclosed>>;
  /** People per choice over all groups. */
  choiceTotals: Record<string, Disclosed>;
  /** People who answered the question, per group. */
  answered: Record<string, Disclosed>;
  answeredTotal: Disclosed;
  /** Scale questions: the average per group and overall, only about 10 or more people. */
  averages: Record<string, Disclosed> | null;
  average: Disclosed | null;
}

export interface SurveyResults {
  by: GroupBy;
  groups: string[];
  /** Respondents per group. */
  respondents: Record<string, Disclosed>;
  respondentsTotal: Disclosed;
  questions: QuestionResult[];
}

const valuesOf = (value: AnswerValue | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [String(value)];

/**
 * The results of a survey per group, after the rule of 10 (src/modules/insight/disclosure.ts):
 * a choice-by-group table with complementary suppression, the people who answered per group,
 * and averages of scale questions only where they are about 10 or more people.
 */
export function surveyResults(
  questions: readonly SurveyQuestion[],
  responses: readonly ResponseFacts[],
  by: GroupBy,
  groupKeys: readonly string[],
  wijkCodes: readonly string[],
): SurveyResults {
  const groups = [...groupKeys, UNKNOWN];
  const perGroup = new Map<string, ResponseFacts[]>(groups.map((g) => [g, []]));
  for (const response of responses) perGroup.get(groupOf(response, by))?.push(response);
  const respondents = discloseSeries(groups, (g) => ({ people: perGroup.get(g)!.length }));

  const results = questions.map((q): QuestionResult => {
    const choices = [...choicesOf(q, wijkCodes)];
    const count = (choice: string, group: string) =>
      perGroup.get(group)!.filter((r) => valuesOf(r.answers[q.id]).includes(choice)).length;
    const answeredIn = (group: string) => perGroup.get(group)!.filter((r) => r.answers[q.id] !== undefined);
    const table = discloseTable(choices, groups, (choice, group) => ({ people: count(choice, group) }));
    const cells = Object.fromEntries(
      choices.map((c) => [c, Object.fromEntries(groups.map((g) => [g, table.cells[c]![g]!.people]))]),
    );
    // Single answers: the people who answered a group are the column's total, protected by the table.
    const single = q.kind !== 'multiple' && q.kind !== 'open';
    const answeredSeries = discloseSeries(groups, (g) => ({ people: answeredIn(g).length }));
    const answered = single
      ? table.columnTotals
      : Object.fromEntries(groups.map((g) => [g, answeredSeries.items[g]!.people]));
    const answeredTotal = single ? table.grandTotal : answeredSeries.total;
    let averages: Record<string, Disclosed> | null = null;
    let average: Disclosed | null = null;
    if (q.kind === 'scale') {
      const mean = (rs: ResponseFacts[]) =>
        rs.length === 0 ? 0 : Math.round((rs.reduce((s, r) => s + Number(r.answers[q.id]), 0) / rs.length) * 10) / 10;
      averages = Object.fromEntries(
        groups.map((g) => {
          const rs = answeredIn(g);
          // Shown only where the number of people answering is itself shown.
          return [g, answered[g]!.suppressed ? disclose(0, 0) : disclose(mean(rs), rs.length)];
        }),
      );
      const all = responses.filter((r) => r.answers[q.id] !== undefined);
      average = disclose(mean(all), all.length);
    }
    return {
      questionId: q.id,
      kind: q.kind,
      choices,
      cells,
      choiceTotals: table.rowTotals,
      answered,
      answeredTotal,
      averages,
      average,
    };
  });
  return {
    by,
    groups,
    respondents: Object.fromEntries(groups.map((g) => [g, respondents.items[g]!.people])),
    respondentsTotal: respondents.total,
    questions: results,
  };
}

/** One round of a series, its totals per choice: the rounds are compared side by side. */
export function roundTotals(
  questions: readonly SurveyQuestion[],
  responses: readonly ResponseFacts[],
  wijkCodes: readonly string[],
) {
  return {
    respondents: discloseCount(responses.length),
    questions: Object.fromEntries(
      questions
        .filter((q) => q.kind !== 'open')
        .map((q) => {
          const choices = [...choicesOf(q, wijkCodes)];
          const series = discloseSeries(
            choices,
            (c) => ({ people: responses.filter((r) => valuesOf(r.answers[q.id]).includes(c)).length }),
            { total: q.kind !== 'multiple' },
          );
          return [q.id, Object.fromEntries(choices.map((c) => [c, series.items[c]!.people]))];
        }),
    ) as Record<string, Record<string, Disclosed>>,
  };
}
