import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Buying a pass online (with the test payment provider in development), and the list of passes sold. */
export const buyPass: Feature = {
  namespace: 'buy-pass',
  audience: 'public',
  translations: {
    nl: () => import('./i18n/nl.json'),
    en: () => import('./i18n/en.json'),
    tr: () => import('./i18n/tr.json'),
    ar: () => import('./i18n/ar.json'),
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
  },
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
    {
      path: '/pas-kopen',
      label: {
        nl: 'Pas kopen',
        en: 'Buy a pass',
        tr: 'Kart satın al',
        ar: 'شراء بطاقة',
        pl: 'Kup kartę',
        uk: 'Купити картку',
      },
      permission: 'passOrder.create',
      order: 20,
    },
    {
      path: '/beheer/verkochte-passen',
      group: 'passes',
      label: { nl: 'Verkochte passen', en: 'Passes sold' },
      permission: 'passOrder.manage',
      order: 61,
    },
  ],
};
