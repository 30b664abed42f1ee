import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Beheer: the pass year's settings (validity per pass type, grace period). */
export const passYearAdmin: Feature = {
  namespace: 'pass-year-admin',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/pasjaar',
      page: lazy(() => import('./routes/PassYearSettingsPage.tsx')),
      access: { permission: 'passYear.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/pasjaar',
      group: 'passes',
      label: { nl: 'Pasjaar', en: 'Pass year' },
      permission: 'passYear.manage',
      order: 63,
    },
  ],
};
