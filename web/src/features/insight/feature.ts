import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/**
 * Beleid en inzicht, for beleidsmedewerkers and the pass organisation: the opgaven with their
 * kansenkaart (board and map, reach per wijk and buurt), the dashboards of the six success
 * conditions (CSV/XLSX), and the Jaarplan Opgaven (PDF/CSV). Every figure about people follows
 * the rule of 10. Staff pages: Dutch and English.
 */
export const insight: Feature = {
  namespace: 'insight',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beleid',
      page: lazy(() => import('./routes/InsightPage.tsx')),
      access: { permission: 'dashboards.read', login: 'staff' },
    },
    {
      path: 'beleid/opgaven/:goalId',
      page: lazy(() => import('./routes/KansenkaartPage.tsx')),
      access: { permission: 'policy-goals.read', login: 'staff' },
    },
    {
      path: 'beleid/dashboards/:condition',
      page: lazy(() => import('./routes/DashboardPage.tsx')),
      access: { permission: 'dashboards.read', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beleid',
      label: { nl: 'Beleid en inzicht', en: 'Policy and insight' },
      permission: 'dashboards.read',
      order: 68,
    },
  ],
};
