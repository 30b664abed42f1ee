import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Tegoed for the pass organisation: schemes, budget, loads (one pass or a CSV file), expiry, the books. */
export const creditAdmin: Feature = {
  namespace: 'credit-admin',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/tegoed',
      page: lazy(() => import('./routes/CreditSchemesPage.tsx')),
      access: { permission: 'credit.manage', login: 'staff' },
    },
    {
      path: 'beheer/tegoed/:schemeId',
      page: lazy(() => import('./routes/CreditSchemePage.tsx')),
      access: { permission: 'credit.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/tegoed',
      group: 'money',
      label: { nl: 'Tegoed', en: 'Credit' },
      permission: 'credit.manage',
      order: 62,
    },
  ],
};
