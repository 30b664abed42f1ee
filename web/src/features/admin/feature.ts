import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';
import { ADMIN_OVERVIEW_PERMISSION } from '../../lib/nav-entries.ts';

/** Beheer: the pass organisation's lists of holders, providers, offers and redemptions, and an offer's payment. */
export const admin: Feature = {
  namespace: 'admin',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      // Only the known parts of Beheer; any other (/beheer/actiebudget) shows "not found" (see AdminPage).
      path: 'beheer/:section?',
      page: lazy(() => import('./routes/AdminPage.tsx')),
      access: { permission: ADMIN_OVERVIEW_PERMISSION, login: 'staff' },
    },
    {
      path: 'beheer/aanbod/:offerId/betaling',
      page: lazy(() => import('./routes/OfferPaymentRulesPage.tsx')),
      access: { permission: 'offer.paymentRules.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer',
      label: { nl: 'Beheer', en: 'Administration' },
      permission: ADMIN_OVERVIEW_PERMISSION,
      order: 60,
    },
  ],
};
