import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';
import { prefetchCatalogue } from './api/catalogue.ts';

/** The public catalogue: search and filter offers, and one offer's page. */
export const catalogue: Feature = {
  namespace: 'catalogue',
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
    { path: '/', page: lazy(() => import('./routes/CataloguePage.tsx')), prefetch: prefetchCatalogue },
    { path: 'aanbod/:offerId', page: lazy(() => import('./routes/OfferDetailPage.tsx')) },
  ],
  nav: [
    {
      path: '/',
      label: { nl: 'Aanbod', en: 'Offers', tr: 'Teklifler', ar: 'العروض', pl: 'Oferty', uk: 'Пропозиції' },
      order: 10,
    },
  ],
};
