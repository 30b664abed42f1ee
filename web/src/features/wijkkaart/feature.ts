import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** The wijkkaart: a map of the wijken and buurten with the offers, and a page per wijk. */
export const wijkkaart: Feature = {
  namespace: 'wijkkaart',
  translations: {
    nl: () => import('./i18n/nl.json'),
    en: () => import('./i18n/en.json'),
    tr: () => import('./i18n/tr.json'),
    ar: () => import('./i18n/ar.json'),
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
  },
  routes: [
    { path: 'kaart', page: lazy(() => import('./routes/MapPage.tsx')) },
    { path: 'wijken/:slug', page: lazy(() => import('./routes/WijkPage.tsx')) },
  ],
  nav: [
    {
      path: '/kaart',
      label: { nl: 'Kaart', en: 'Map', tr: 'Harita', ar: 'الخريطة', pl: 'Mapa', uk: 'Мапа' },
      order: 12,
    },
  ],
};
