import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** The routes (themes) of the pass: an overview, and a page per route with its story, offers, map and badge. */
export const routes: Feature = {
  namespace: 'routes',
  translations: {
    nl: () => import('./i18n/nl.json'),
    en: () => import('./i18n/en.json'),
    tr: () => import('./i18n/tr.json'),
    ar: () => import('./i18n/ar.json'),
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
  },
  routes: [
    { path: 'routes', page: lazy(() => import('./routes/RoutesPage.tsx')) },
    { path: 'routes/:slug', page: lazy(() => import('./routes/RoutePage.tsx')) },
  ],
  nav: [
    {
      path: '/routes',
      label: { nl: 'Routes', en: 'Routes', tr: 'Rotalar', ar: 'المسارات', pl: 'Trasy', uk: 'Маршрути' },
      order: 11,
    },
  ],
};
