import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/**
 * The staff side of the volunteers' platform (nl and en): a partner's vacancies, contacts, depot
 * reservations, spaces and shared needs; the pass organisation's information pages, moderation of
 * help requests, the depot, spaces for the housing corporations and the signals.
 */
export const volunteeringAdmin: Feature = {
  namespace: 'volunteering-admin',
  translations: {
    nl: () => import('./i18n/nl.json'),
    en: () => import('./i18n/en.json'),
  },
  routes: [
    {
      path: 'partner/vrijwilligers',
      page: lazy(() => import('./routes/PartnerVolunteersPage.tsx')),
      access: { permission: 'vacancies.post', login: 'staff' },
    },
    {
      path: 'beheer/vrijwilligers',
      page: lazy(() => import('./routes/VolunteeringAdminPage.tsx')),
      access: { permission: 'volunteerInfo.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/partner/vrijwilligers',
      label: { nl: 'Vrijwilligers en depot', en: 'Volunteers and depot' },
      permission: 'vacancies.post',
      order: 41,
    },
    {
      path: '/beheer/vrijwilligers',
      group: 'community',
      label: { nl: 'Vrijwilligersplatform', en: 'Volunteer platform' },
      permission: 'volunteerInfo.manage',
      order: 64,
    },
  ],
};
