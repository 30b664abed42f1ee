import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** "Pas afdrukken": the resident downloads an A4 PDF with their pass to cut out (six languages). */
export const printablePass: Feature = {
  namespace: 'printable-pass',
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
      path: 'mijn-pas/afdrukken',
      page: lazy(() => import('./routes/PrintablePassPage.tsx')),
      access: { permission: 'printablePass.download', login: 'resident' },
    },
  ],
  nav: [
    {
      path: '/mijn-pas/afdrukken',
      label: {
        nl: 'Pas afdrukken',
        en: 'Print my pass',
        tr: 'Kartı yazdır',
        ar: 'طباعة البطاقة',
        pl: 'Wydrukuj kartę',
        uk: 'Надрукувати картку',
      },
      permission: 'printablePass.download',
      order: 31,
    },
  ],
};
