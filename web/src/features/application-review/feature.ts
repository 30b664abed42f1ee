import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** The review queue of applications for the free pass: for the pass organisation (nl + en). */
export const applicationReview: Feature = {
  namespace: 'application-review',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/aanvragen',
      page: lazy(() => import('./routes/ReviewQueuePage.tsx')),
      access: { permission: 'application.review', login: 'staff' },
    },
    {
      path: 'beheer/aanvragen/:applicationId',
      page: lazy(() => import('./routes/ReviewApplicationPage.tsx')),
      access: { permission: 'application.review', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/aanvragen',
      group: 'passes',
      label: { nl: 'Aanvragen gratis pas', en: 'Free pass applications' },
      permission: 'application.review',
      order: 64,
    },
  ],
};
