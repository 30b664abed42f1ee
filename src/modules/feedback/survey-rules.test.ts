import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerProblems, surveyResults, type ResponseFacts, type SurveyQuestion } from './survey-rules.ts';

const WIJKEN = ['WK01', 'WK02', 'WK03'];
const QUESTIONS: SurveyQuestion[] = [
  { id: 'wijk', kind: 'wijk', text: 'Wijk?', options: [], required: false },
  { id: 'keus', kind: 'single', text: 'Keus?', options: ['a', 'b', 'c'], required: true },
  { id: 'meer', kind: 'multiple', text: 'Meer?', options: ['x', 'y'], required: false },
  { id: 'gemak', kind: 'scale', text: 'Gemak?', options: [], required: false },
];

const response = fc
  .record({
    wijk: fc.option(fc.constantFrom(...WIJKEN), { nil: null }),
    keus: fc.constantFrom('a', 'b', 'c'),
    meer: fc.subarray(['x', 'y']),
    gemak: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  })
  .map((r): ResponseFacts => ({
    wijk_code: r.wijk,
    age_band: null,
    household_type: null,
    answers: {
      ...(r.wijk ? { wijk: r.wijk } : {}),
      keus: r.keus,
      ...(r.meer.length ? { meer: r.meer } : {}),
      ...(r.gemak ? { gemak: r.gemak } : {}),
    },
  }));

/** Every count in the results (not the averages): { value, suppressed } pairs. */
function counts(value: unknown, inAverage = false): number[] {
  if (!value || typeof value !== 'object') return [];
  const v = value as { value?: unknown; suppressed?: unknown };
  if (typeof v.suppressed === 'boolean') return inAverage || v.value === null ? [] : [v.value as number];
  return Object.entries(value).flatMap(([k, child]) => counts(child, inAverage || /average/i.test(k)));
}

describe('survey results', () => {
  it('never show a count about 1 to 9 people, whatever the answers', () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 80 }), (responses) => {
        const results = surveyResults(QUESTIONS, responses, 'wijk', WIJKEN, WIJKEN);
        expect(counts(results).filter((n) => n > 0 && n < 10)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never leave a single hidden answer in a wijk whose total shows (single choice)', () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 80 }), (responses) => {
        const keus = surveyResults(QUESTIONS, responses, 'wijk', WIJKEN, WIJKEN).questions[1]!;
        for (const group of [...WIJKEN, 'unknown']) {
          if (keus.answered[group]!.suppressed) continue;
          const hidden = keus.choices.filter((c) => keus.cells[c]![group]!.suppressed);
          expect(hidden.length).not.toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses answers outside the question, naming each', () => {
    const problems = answerProblems(QUESTIONS, { wijk: 'WK99', keus: 'z', gemak: 7, extra: 'x' }, WIJKEN);
    expect(problems.map((p) => p.name).sort()).toEqual([
      'body.answers.extra',
      'body.answers.gemak',
      'body.answers.keus',
      'body.answers.wijk',
    ]);
  });
});
