import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** "Mijn organisatie" for a provider's staff, and the API tokens of its till systems. */
export const provider: Feature = {
  namespace: 'provider',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'aanbieder',
      page: lazy(() => import('./routes/ProviderPage.tsx')),
      access: { permission: 'provider.redemptions.read', login: 'staff' },
    },
    {
      path: 'aanbieder/koppelingen',
      page: lazy(() => import('./routes/ApiTokensPage.tsx')),
      access: { permission: 'provider.tokens.manage', login: 'staff' },
    },
    {
      path: 'aanbieder/aanbod',
      page: lazy(() => import('./routes/OffersPage.tsx')),
      access: { permission: 'provider.offers.read', login: 'staff' },
    },
    {
      path: 'aanbieder/cijfers',
      page: lazy(() => import('./routes/FiguresPage.tsx')),
      access: { permission: 'provider.figures.read', login: 'staff' },
    },
    {
      path: 'aanbieder/locaties',
      page: lazy(() => import('./routes/LocationsPage.tsx')),
      access: { permission: 'provider.locations.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/aanbieder',
      label: { nl: 'Mijn organisatie', en: 'My organisation' },
      permission: 'provider.redemptions.read',
      order: 50,
    },
    {
      path: '/aanbieder/koppelingen',
      label: { nl: 'Koppelingen', en: 'Connections' },
      permission: 'provider.tokens.manage',
      order: 51,
    },
    {
      path: '/aanbieder/aanbod',
      label: { nl: 'Mijn aanbod', en: 'My offers' },
      permission: 'provider.offers.manage',
      order: 51.5,
    },
    {
      path: '/aanbieder/cijfers',
      label: { nl: 'Cijfers', en: 'Figures' },
      permission: 'provider.figures.read',
      order: 51.7,
    },
    {
      path: '/aanbieder/locaties',
      label: { nl: 'Locaties', en: 'Locations' },
      permission: 'provider.locations.manage',
      order: 52,
    },
  ],
};
