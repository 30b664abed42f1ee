/**
 * Domain errors. Services throw a `DomainError` with a problem code and know nothing of HTTP; the
 * problem handler (src/http/problem.ts) turns it into application/problem+json.
 *
 * Each module declares its own problem codes, with status and Dutch and English titles, in its
 * `<module>.problems.ts` with `defineProblems`, lists them in its manifest, and adds them to
 * `ProblemCodes` by declaration merging, so `new DomainError(code, ...)` only compiles with a
 * code some module declared. The codes every module may use are here.
 */

export interface ProblemTitle {
  en: string;
  nl: string;
}

export interface ProblemDefinition {
  status: number;
  title: ProblemTitle;
}

export type ProblemCatalogue = Readonly<Record<string, ProblemDefinition>>;

/** A module's problem codes, checked for shape and kept with their literal keys. */
export const defineProblems = <const C extends ProblemCatalogue>(catalogue: C): C => catalogue;

/** The codes that belong to no module: access, input, conflicts and an unavailable database. */
export const CORE_PROBLEMS = defineProblems({
  'unauthenticated': { status: 401, title: { en: 'Log in first', nl: 'Log eerst in' } },
  'forbidden': { status: 403, title: { en: 'Not allowed', nl: 'Dit mag u niet doen' } },
  'not-found': { status: 404, title: { en: 'Not found', nl: 'Niet gevonden' } },
  'invalid-input': { status: 400, title: { en: 'Invalid input', nl: 'Niet alles is goed ingevuld' } },
  'conflict': { status: 409, title: { en: 'Conflict', nl: 'Dit botst met een andere wijziging' } },
  'too-many-requests': {
    status: 429,
    title: { en: 'Too many attempts; wait a while', nl: 'U heeft het te vaak geprobeerd. Wacht even' },
  },
  'service-unavailable': {
    status: 503,
    title: { en: 'Temporarily unavailable', nl: 'Even niet beschikbaar. Probeer het zo opnieuw' },
  },
});

/**
 * Every problem code. Modules add theirs by declaration merging:
 *
 *     declare module '../../shared/errors.ts' {
 *       interface ProblemCodes extends Record<keyof typeof creditProblems, true> {}
 *     }
 */
export interface ProblemCodes extends Record<keyof typeof CORE_PROBLEMS, true> {}
export type ProblemCode = Extract<keyof ProblemCodes, string>;

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly invalidParams?: InvalidParam[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) =>
  new DomainError('not-found', `${what} does not exist or is not visible to you.`);
