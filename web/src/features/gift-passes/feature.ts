import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/**
 * Gift passes: "Cadeaupas" (activate a pass with a gift code: a resident page in six languages),
 * ordering gift codes as a business, the buyer's order with its codes, and the orders in Beheer.
 */
export const giftPasses: Feature = {
  namespace: 'gift-passes',
  translations: {
    nl: () => import('./i18n/nl.json'),
    en: () => import('./i18n/en.json'),
    tr: () => import('./i18n/tr.json'),
    ar: () => import('./i18n/ar.json'),
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
  },
  routes: [
    { path: 'cadeau', page: lazy(() => import('./routes/RedeemGiftCodePage.tsx')) },
    { path: 'cadeau/bestellen', page: lazy(() => import('./routes/OrderGiftCodesPage.tsx')) },
    { path: 'cadeau/bestelling/:orderId', page: lazy(() => import('./routes/GiftOrderPage.tsx')) },
    {
      path: 'beheer/cadeaupassen',
      page: lazy(() => import('./routes/GiftOrdersAdminPage.tsx')),
      access: { permission: 'giftOrder.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/cadeau',
      label: {
        nl: 'Cadeaupas',
        en: 'Gift pass',
        tr: 'Hediye kart',
        ar: 'بطاقة هدية',
        pl: 'Karta w prezencie',
        uk: 'Картка в подарунок',
      },
      permission: 'giftCode.redeem',
      order: 21,
      area: 'footer',
    },
    {
      path: '/cadeau/bestellen',
      label: { nl: 'Passen cadeau geven (bedrijven)', en: 'Give passes as a gift (businesses)' },
      order: 22,
      area: 'footer',
    },
    {
      path: '/beheer/cadeaupassen',
      group: 'passes',
      label: { nl: 'Cadeaupassen', en: 'Gift passes' },
      permission: 'giftOrder.manage',
      order: 62,
    },
  ],
};
