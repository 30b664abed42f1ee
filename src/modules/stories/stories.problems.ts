import { defineProblems } from '../../shared/errors.ts';

/** The stories module's problem codes: status, and the title in English and Dutch (B1). */
export const storiesProblems = defineProblems({
  'story-not-found': {
    status: 404,
    title: { en: 'Story not found', nl: 'Dit verhaal bestaat niet (meer)' },
  },
  'story-slug-taken': {
    status: 409,
    title: { en: 'Another story has this web address', nl: 'Een ander verhaal heeft dit webadres al' },
  },
  'story-status-changed': {
    status: 409,
    title: {
      en: 'Someone else changed this story in the meantime',
      nl: 'Iemand anders heeft dit verhaal net veranderd',
    },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof storiesProblems, true> {}
}
