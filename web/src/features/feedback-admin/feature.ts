import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Beheer: the needs scan (builder, spreading, results under the rule of 10, groslijst), ratings, the panel; the provider's ratings. */
export const feedbackAdmin: Feature = {
  namespace: 'feedback-admin',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/vragenlijsten',
      page: lazy(() => import('./routes/SurveysPage.tsx')),
      access: { permission: 'surveys.manage', login: 'staff' },
    },
    {
      path: 'beheer/vragenlijsten/:surveyId',
      page: lazy(() => import('./routes/SurveyPage.tsx')),
      access: { permission: 'surveys.manage', login: 'staff' },
    },
    {
      path: 'beheer/behoeften',
      page: lazy(() => import('./routes/NeedsPage.tsx')),
      access: { permission: 'surveys.results', login: 'staff' },
    },
    {
      path: 'beheer/beoordelingen',
      page: lazy(() => import('./routes/ModerationPage.tsx')),
      access: { permission: 'ratings.moderate', login: 'staff' },
    },
    {
      path: 'aanbieder/beoordelingen',
      page: lazy(() => import('./routes/ProviderRatingsPage.tsx')),
      access: { permission: 'ratings.provider', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/vragenlijsten',
      group: 'insight',
      label: { nl: 'Vragenlijsten', en: 'Surveys' },
      permission: 'surveys.manage',
      order: 66,
    },
    {
      path: '/beheer/behoeften',
      group: 'insight',
      label: { nl: 'Behoeften', en: 'Needs' },
      permission: 'surveys.results',
      order: 66.5,
    },
    {
      path: '/beheer/beoordelingen',
      group: 'insight',
      label: { nl: 'Beoordelingen en panel', en: 'Ratings and panel' },
      permission: 'ratings.moderate',
      order: 67,
    },
    {
      path: '/aanbieder/beoordelingen',
      label: { nl: 'Beoordelingen', en: 'Ratings' },
      permission: 'ratings.provider',
      order: 52.5,
    },
  ],
};
