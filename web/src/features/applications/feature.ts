import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Applying for the free (or reduced) pass, and following the application: for residents, in six languages. */
export const applications: Feature = {
  namespace: 'applications',
  translations: {
    nl: () => import('./i18n/nl.json'),
    en: () => import('./i18n/en.json'),
    tr: () => import('./i18n/tr.json'),
    ar: () => import('./i18n/ar.json'),
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
  },
  routes: [
    { path: 'gratis-pas/aanvragen', page: lazy(() => import('./routes/ApplyPage.tsx')) },
    {
      path: 'mijn-aanvraag',
      page: lazy(() => import('./routes/MyApplicationPage.tsx')),
      access: { permission: 'application.apply', login: 'resident' },
    },
  ],
  nav: [
    {
      path: '/mijn-aanvraag',
      label: {
        nl: 'Mijn aanvraag',
        en: 'My application',
        tr: 'Başvurum',
        ar: 'طلبي',
        pl: 'Mój wniosek',
        uk: 'Моя заява',
      },
      permission: 'application.apply',
      order: 31,
    },
  ],
};
