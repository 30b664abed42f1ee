import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** The public catalogue: search and filter offers, and one offer's page. */
export const catalogue: Feature = {
  namespace: 'catalogue',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    { path: '/', page: lazy(() => import('./routes/CataloguePage.tsx')) },
    { path: 'aanbod/:offerId', page: lazy(() => import('./routes/OfferDetailPage.tsx')) },
  ],
  nav: [{ path: '/', label: { nl: 'Aanbod', en: 'Offers' }, order: 10 }],
};
