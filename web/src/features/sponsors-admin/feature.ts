import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Beheer of the sponsors: pledges to the actiebudget, received transfers, website and logo. */
export const sponsorsAdmin: Feature = {
  namespace: 'sponsors-admin',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/sponsors',
      page: lazy(() => import('./routes/SponsorsAdminPage.tsx')),
      access: { permission: 'sponsors.manage', login: 'staff' },
    },
    {
      path: 'mede-eigenaar',
      page: lazy(() => import('./routes/CoOwnerPage.tsx')),
      access: { permission: 'sponsors.overview.read', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/sponsors',
      group: 'money',
      label: { nl: 'Sponsors', en: 'Sponsors' },
      permission: 'sponsors.manage',
      order: 65,
    },
    {
      path: '/mede-eigenaar',
      label: { nl: 'Mede-eigenaar', en: 'Co-owner' },
      // Co-owners' own page; the pass organisation sees it with every sponsor.
      permission: 'sponsors.overview.read',
      order: 66,
    },
  ],
};
