import { defineProblems } from '../../shared/errors.ts';

/** The feedback module's problem codes: status, and the title in English and Dutch (B1). */
export const feedbackProblems = defineProblems({
  'survey-not-found': {
    status: 404,
    title: { en: 'Survey not found', nl: 'Deze vragenlijst bestaat niet' },
  },
  'survey-not-open': {
    status: 409,
    title: { en: 'This survey is not open', nl: 'Deze vragenlijst is niet open' },
  },
  'survey-already-answered': {
    status: 409,
    title: { en: 'You already answered this survey', nl: 'U heeft deze vragenlijst al ingevuld' },
  },
  'survey-not-editable': {
    status: 409,
    title: { en: 'Only a draft survey can be changed', nl: 'Alleen een concept kunt u nog wijzigen' },
  },
  'survey-invitation-needed': {
    status: 403,
    title: {
      en: 'This survey is for invited panel members only',
      nl: 'Deze vragenlijst is alleen voor uitgenodigde panelleden',
    },
  },
  'rating-not-rateable': {
    status: 404,
    title: { en: 'You did not use this offer with your pass', nl: 'U heeft dit aanbod niet met uw pas gebruikt' },
  },
  'rating-already-given': {
    status: 409,
    title: { en: 'You already rated this visit', nl: 'U heeft dit bezoek al beoordeeld' },
  },
  'panel-sample-too-small': {
    status: 409,
    title: {
      en: 'Fewer than 10 panel members fit this sample',
      nl: 'Minder dan 10 panelleden passen bij deze steekproef',
    },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof feedbackProblems, true> {}
}
