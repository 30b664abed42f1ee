import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Logging in: residents with an e-mail link, staff with e-mail and password. */
export const auth: Feature = {
  namespace: 'auth',
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
    { path: 'inloggen', page: lazy(() => import('./routes/ResidentLoginPage.tsx')) },
    { path: 'inloggen/link', page: lazy(() => import('./routes/LoginLinkPage.tsx')) },
    { path: 'medewerkers/inloggen', page: lazy(() => import('./routes/StaffLoginPage.tsx')) },
  ],
  nav: [
    {
      path: '/inloggen',
      label: { nl: 'Inloggen', en: 'Log in', tr: 'Giriş yap', ar: 'تسجيل الدخول', pl: 'Zaloguj się', uk: 'Увійти' },
      loggedOutOnly: true,
      order: 90,
    },
    {
      path: '/medewerkers/inloggen',
      label: {
        nl: 'Inloggen voor medewerkers',
        en: 'Staff login',
        tr: 'Personel girişi',
        ar: 'دخول الموظفين',
        pl: 'Logowanie dla pracowników',
        uk: 'Вхід для працівників',
      },
      loggedOutOnly: true,
      order: 91,
    },
  ],
};
