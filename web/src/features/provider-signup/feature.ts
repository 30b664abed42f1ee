import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** "Aanbieder worden": the public sign-up form, and the pass organisation's list of sign-ups. */
export const providerSignup: Feature = {
  namespace: 'provider-signup',
  translations: {
    nl: () => import('./i18n/nl.json'),
    en: () => import('./i18n/en.json'),
    tr: () => import('./i18n/tr.json'),
    ar: () => import('./i18n/ar.json'),
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
  },
  routes: [
    { path: 'aanbieder-worden', page: lazy(() => import('./routes/SignupPage.tsx')) },
    {
      path: 'beheer/aanmeldingen',
      page: lazy(() => import('./routes/ApplicationsPage.tsx')),
      access: { permission: 'providerApplication.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/aanbieder-worden',
      label: {
        nl: 'Aanbieder worden',
        en: 'Become a provider',
        tr: 'Sağlayıcı olun',
        ar: 'كن مقدّم عروض',
        pl: 'Zostań partnerem',
        uk: 'Стати партнером',
      },
      order: 20,
      area: 'footer',
    },
    {
      path: '/beheer/aanmeldingen',
      group: 'offer',
      label: { nl: 'Aanmeldingen', en: 'Sign-ups' },
      permission: 'providerApplication.manage',
      order: 61,
    },
  ],
};
