import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** "Mijn gegevens": the resident downloads everything held about them and may ask for erasure. */
export const myData: Feature = {
  namespace: 'my-data',
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
    {
      path: 'mijn-gegevens',
      page: lazy(() => import('./routes/MyDataPage.tsx')),
      access: { permission: 'myData.read', login: 'resident' },
    },
  ],
  nav: [
    {
      path: '/mijn-gegevens',
      label: {
        nl: 'Mijn gegevens',
        en: 'My data',
        tr: 'Verilerim',
        ar: 'بياناتي',
        pl: 'Moje dane',
        uk: 'Мої дані',
      },
      permission: 'myData.read',
      order: 33,
    },
  ],
};
