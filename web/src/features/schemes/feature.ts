import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** The public schemes guide (regelingen), "Gratis Zaanse Pas?" and the eligibility check: in all six languages. */
export const schemes: Feature = {
  namespace: 'schemes',
  translations: {
    nl: () => import('./i18n/nl.json'),
    en: () => import('./i18n/en.json'),
    tr: () => import('./i18n/tr.json'),
    ar: () => import('./i18n/ar.json'),
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
  },
  routes: [
    { path: 'regelingen', page: lazy(() => import('./routes/SchemesPage.tsx')) },
    { path: 'regelingen/:slug', page: lazy(() => import('./routes/SchemeDetailPage.tsx')) },
    { path: 'gratis-pas', page: lazy(() => import('./routes/FreePassPage.tsx')) },
    { path: 'check', page: lazy(() => import('./routes/CheckPage.tsx')) },
  ],
  nav: [
    {
      path: '/gratis-pas',
      label: {
        nl: 'Gratis Zaanse Pas?',
        en: 'Free Zaanse Pas?',
        tr: 'Ücretsiz Zaanse Pas?',
        ar: 'هل Zaanse Pas مجانية لك؟',
        pl: 'Darmowa Zaanse Pas?',
        uk: 'Безкоштовна Zaanse Pas?',
      },
      order: 21,
    },
    {
      path: '/regelingen',
      label: {
        nl: 'Regelingen',
        en: 'Schemes',
        tr: 'Destekler',
        ar: 'أنظمة الدعم',
        pl: 'Formy pomocy',
        uk: 'Програми допомоги',
      },
      order: 22,
    },
  ],
};
