import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Beheer: one holder's file (details, passes, household, applications, redemptions, credit, messages, notes, audit). */
export const holderFile: Feature = {
  namespace: 'holder-file',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/pashouders/:holderId',
      page: lazy(() => import('./routes/HolderFilePage.tsx')),
      access: { permission: 'holderFile.read', login: 'staff' },
    },
  ],
};
