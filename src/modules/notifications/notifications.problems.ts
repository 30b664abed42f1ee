import { defineProblems } from '../../shared/errors.ts';

/** The notifications module's problem codes: status, and the title in English and Dutch (B1). */
export const notificationsProblems = defineProblems({
  'message-template-not-found': {
    status: 404,
    title: { en: 'Message template not found', nl: 'Dit soort bericht bestaat niet' },
  },
  'letter-batch-not-found': {
    status: 404,
    title: { en: 'No letters on this day', nl: 'Er zijn geen brieven van deze dag' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof notificationsProblems, true> {}
}
