import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Logging in: residents with an e-mail link, staff with e-mail and password. */
export const auth: Feature = {
  namespace: 'auth',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    { path: 'inloggen', page: lazy(() => import('./routes/ResidentLoginPage.tsx')) },
    { path: 'inloggen/link', page: lazy(() => import('./routes/LoginLinkPage.tsx')) },
    { path: 'medewerkers/inloggen', page: lazy(() => import('./routes/StaffLoginPage.tsx')) },
  ],
  nav: [
    { path: '/inloggen', label: { nl: 'Inloggen', en: 'Log in' }, loggedOutOnly: true, order: 90 },
    {
      path: '/medewerkers/inloggen',
      label: { nl: 'Inloggen voor medewerkers', en: 'Staff login' },
      loggedOutOnly: true,
      order: 91,
    },
  ],
};
