import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** The pass organisation manages the schemes guide and answers problem reports (staff: Dutch and English). */
export const schemesAdmin: Feature = {
  namespace: 'schemes-admin',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/regelingen',
      page: lazy(() => import('./routes/SchemesAdminPage.tsx')),
      access: { permission: 'schemes.manage', login: 'staff' },
    },
    {
      path: 'beheer/regelingen/nieuw',
      page: lazy(() => import('./routes/SchemeEditPage.tsx')),
      access: { permission: 'schemes.manage', login: 'staff' },
    },
    {
      path: 'beheer/regelingen/:schemeId',
      page: lazy(() => import('./routes/SchemeEditPage.tsx')),
      access: { permission: 'schemes.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/regelingen',
      group: 'money',
      label: { nl: 'Regelingengids', en: 'Schemes guide' },
      permission: 'schemes.manage',
      order: 64,
    },
  ],
};
