import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** The newsletter for residents: subscribe (double opt-in), confirm, unsubscribe in one click. */
export const newsletter: Feature = {
  namespace: 'newsletter',
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
    { path: 'nieuwsbrief', page: lazy(() => import('./routes/SubscribePage.tsx')) },
    { path: 'nieuwsbrief/bevestigen', page: lazy(() => import('./routes/ConfirmPage.tsx')) },
    { path: 'nieuwsbrief/afmelden', page: lazy(() => import('./routes/UnsubscribePage.tsx')) },
  ],
  nav: [
    {
      path: '/nieuwsbrief',
      label: {
        nl: 'Nieuwsbrief',
        en: 'Newsletter',
        tr: 'Bülten',
        ar: 'النشرة الإخبارية',
        pl: 'Newsletter',
        uk: 'Розсилка',
      },
      order: 15,
    },
  ],
};
