import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Buying a pass online (with the test payment provider in development), and the list of passes sold. */
export const buyPass: Feature = {
  namespace: 'buy-pass',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    { path: 'pas-kopen', page: lazy(() => import('./routes/BuyPassPage.tsx')) },
    { path: 'pas-kopen/bestelling/:orderId', page: lazy(() => import('./routes/OrderStatusPage.tsx')) },
    { path: 'testbetaling/:paymentId', page: lazy(() => import('./routes/TestCheckoutPage.tsx')) },
    {
      path: 'beheer/verkochte-passen',
      page: lazy(() => import('./routes/PassSalesAdminPage.tsx')),
      access: { permission: 'passOrder.manage', login: 'staff' },
    },
  ],
  nav: [
    { path: '/pas-kopen', label: { nl: 'Pas kopen', en: 'Buy a pass' }, permission: 'passOrder.create', order: 20 },
    {
      path: '/beheer/verkochte-passen',
      label: { nl: 'Verkochte passen', en: 'Passes sold' },
      permission: 'passOrder.manage',
      order: 61,
    },
  ],
};
