import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Beheer → Passen van plastic: card batches for the card printer (CSV, PDF proof, marked sent). */
export const cardBatches: Feature = {
  namespace: 'card-batches',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/kaarten',
      page: lazy(() => import('./routes/CardBatchesPage.tsx')),
      access: { permission: 'cardBatch.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/kaarten',
      group: 'passes',
      label: { nl: 'Passen van plastic', en: 'Plastic cards' },
      permission: 'cardBatch.manage',
      order: 64,
    },
  ],
};
