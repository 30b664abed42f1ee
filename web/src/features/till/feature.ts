import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** The till: look a pass up, redeem an offer (paid partly or wholly from credit), cancel a mistake. */
export const till: Feature = {
  namespace: 'till',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'kassa',
      page: lazy(() => import('./routes/TillPage.tsx')),
      access: { permission: 'till.use', login: 'staff' },
    },
  ],
  nav: [{ path: '/kassa', label: { nl: 'Kassa', en: 'Till' }, permission: 'till.use', order: 40 }],
};
