import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/**
 * The volunteers' information platform for residents and visitors (six languages): practical
 * pages, vacancies, help requests (shown after moderation, never with their author) and the
 * resident's volunteer profile with suggestions and matches.
 */
export const volunteering: Feature = {
  namespace: 'volunteering',
  audience: 'public',
  translations: {
    nl: () => import('./i18n/nl.json'),
    en: () => import('./i18n/en.json'),
    tr: () => import('./i18n/tr.json'),
    ar: () => import('./i18n/ar.json'),
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
  },
  routes: [
    { path: 'vrijwilligers', page: lazy(() => import('./routes/VolunteersPage.tsx')) },
    { path: 'vrijwilligers/info/:slug', page: lazy(() => import('./routes/InfoPage.tsx')) },
    { path: 'vrijwilligers/vacatures', page: lazy(() => import('./routes/VacanciesPage.tsx')) },
    { path: 'vrijwilligers/hulpvragen', page: lazy(() => import('./routes/HelpRequestsPage.tsx')) },
    {
      path: 'vrijwilligers/mijn-profiel',
      page: lazy(() => import('./routes/VolunteerProfilePage.tsx')),
      access: { permission: 'volunteerProfile.own', login: 'resident' },
    },
  ],
  nav: [
    {
      path: '/vrijwilligers',
      label: {
        nl: 'Vrijwilligers',
        en: 'Volunteers',
        tr: 'Gönüllüler',
        ar: 'المتطوعون',
        pl: 'Wolontariusze',
        uk: 'Волонтери',
      },
      order: 23,
      area: 'footer',
    },
  ],
};
