import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Beheer of the guide pages: the pass organisation writes the wegwijzer and the festival guide per language. */
export const guideAdmin: Feature = {
  namespace: 'guide-admin',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/paginas',
      page: lazy(() => import('./routes/GuideAdminPage.tsx')),
      access: { permission: 'guide.manage', login: 'staff' },
    },
    {
      path: 'beheer/paginas/:page/:language',
      page: lazy(() => import('./routes/GuideEditPage.tsx')),
      access: { permission: 'guide.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/paginas',
      group: 'offer',
      label: { nl: "Pagina's beheren", en: 'Manage pages' },
      permission: 'guide.manage',
      order: 61.5,
    },
  ],
};
