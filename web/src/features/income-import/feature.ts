import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Import from the income administration: for the pass organisation (nl + en). */
export const incomeImport: Feature = {
  namespace: 'income-import',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/import',
      page: lazy(() => import('./routes/IncomeImportPage.tsx')),
      access: { permission: 'incomeImport.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/import',
      group: 'passes',
      label: { nl: 'Import inkomensadministratie', en: 'Income administration import' },
      permission: 'incomeImport.manage',
      order: 65,
    },
  ],
};
