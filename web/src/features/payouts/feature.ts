import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Uitbetalingen: settlement runs, the SEPA file, bank statements and confirmations. */
export const payouts: Feature = {
  namespace: 'payouts',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/uitbetalingen',
      page: lazy(() => import('./routes/PayoutsPage.tsx')),
      access: { permission: 'payout.manage', login: 'staff' },
    },
    {
      path: 'beheer/uitbetalingen/:runId',
      page: lazy(() => import('./routes/PayoutRunPage.tsx')),
      access: { permission: 'payout.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/uitbetalingen',
      group: 'money',
      label: { nl: 'Uitbetalingen', en: 'Payouts' },
      permission: 'payout.manage',
      order: 63,
    },
  ],
};
