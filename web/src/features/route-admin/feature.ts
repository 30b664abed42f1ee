import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Beheer of the routes: the pass organisation edits name, story, picture, order and whether a route is shown. */
export const routeAdmin: Feature = {
  namespace: 'route-admin',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/routes',
      page: lazy(() => import('./routes/RouteAdminPage.tsx')),
      access: { permission: 'route.manage', login: 'staff' },
    },
    {
      path: 'beheer/routes/:routeId',
      page: lazy(() => import('./routes/RouteEditPage.tsx')),
      access: { permission: 'route.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/routes',
      group: 'offer',
      label: { nl: 'Routes beheren', en: 'Manage routes' },
      permission: 'route.manage',
      order: 61,
    },
  ],
};
