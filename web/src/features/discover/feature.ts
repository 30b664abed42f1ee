import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Finding the offer beyond the catalogue: providers' own pages, "new on the pass", and the wegwijzer. */
export const discover: Feature = {
  namespace: 'discover',
  translations: {
    nl: () => import('./i18n/nl.json'),
    en: () => import('./i18n/en.json'),
    tr: () => import('./i18n/tr.json'),
    ar: () => import('./i18n/ar.json'),
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
  },
  routes: [
    { path: 'aanbieders/:providerId', page: lazy(() => import('./routes/ProviderProfilePage.tsx')) },
    { path: 'nieuw', page: lazy(() => import('./routes/NewProvidersPage.tsx')) },
    { path: 'wegwijzer', page: lazy(() => import('./routes/GuidePage.tsx')) },
    { path: 'sociale-credits', page: lazy(() => import('./routes/SocialCreditsPage.tsx')) },
  ],
  nav: [
    {
      path: '/wegwijzer',
      label: {
        nl: 'Wegwijzer voor nieuwe inwoners',
        en: 'Guide for new residents',
        tr: 'Yeni sakinler için rehber',
        ar: 'دليل للسكان الجدد',
        pl: 'Przewodnik dla nowych mieszkańców',
        uk: 'Путівник для нових мешканців',
      },
      order: 11,
      area: 'footer',
    },
    {
      path: '/nieuw',
      label: {
        nl: 'Nieuw op de pas',
        en: 'New on the pass',
        tr: 'Kartta yeni',
        ar: 'جديد على البطاقة',
        pl: 'Nowe na karcie',
        uk: 'Нове на картці',
      },
      order: 12,
      area: 'footer',
    },
    {
      path: '/sociale-credits',
      label: {
        nl: 'Sociale credits',
        en: 'Social credits',
        tr: 'Sosyal krediler',
        ar: 'النقاط الاجتماعية',
        pl: 'Punkty społeczne',
        uk: 'Соціальні бали',
      },
      order: 13,
      area: 'footer',
    },
  ],
};
