import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** The resident's own pass: number, QR code, credit and history. */
export const myPass: Feature = {
  namespace: 'my-pass',
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
      path: 'mijn-pas',
      page: lazy(() => import('./routes/MyPassPage.tsx')),
      access: { permission: 'ownPass.read', login: 'resident' },
    },
  ],
  nav: [
    {
      path: '/mijn-pas',
      label: { nl: 'Mijn pas', en: 'My pass', tr: 'Kartım', ar: 'بطاقتي', pl: 'Moja karta', uk: 'Моя картка' },
      permission: 'ownPass.read',
      order: 30,
    },
  ],
};
