import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** De balie: desk staff of a sales point sell and renew passes and close their day. */
export const desk: Feature = {
  namespace: 'desk',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'balie',
      page: lazy(() => import('./routes/DeskPage.tsx')),
      access: { permission: 'desk.sell', login: 'staff' },
    },
  ],
  nav: [{ path: '/balie', label: { nl: 'Balie', en: 'Desk' }, permission: 'desk.sell', order: 55 }],
};
