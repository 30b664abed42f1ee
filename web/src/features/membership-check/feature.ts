import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** The membership check: a partner (a buurthuis) checks that a pass is valid, and learns yes or no. */
export const membershipCheck: Feature = {
  namespace: 'membership-check',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'pascontrole',
      page: lazy(() => import('./routes/MembershipCheckPage.tsx')),
      access: { permission: 'membership.check', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/pascontrole',
      label: { nl: 'Pas controleren', en: 'Check a pass' },
      permission: 'membership.check',
      order: 45,
    },
  ],
};
