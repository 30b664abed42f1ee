import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/**
 * Partner organisations (buurthuizen, volunteer organisations, clubs): sign-up (public, six
 * languages), their own page to apply for support and report, and the pass organisation's review.
 */
export const partners: Feature = {
  namespace: 'partners',
  translations: {
    nl: () => import('./i18n/nl.json'),
    en: () => import('./i18n/en.json'),
    tr: () => import('./i18n/tr.json'),
    ar: () => import('./i18n/ar.json'),
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
  },
  routes: [
    { path: 'partner-worden', page: lazy(() => import('./routes/PartnerSignUpPage.tsx')) },
    { path: 'vrijwilligerspas', page: lazy(() => import('./routes/ActivatePassPage.tsx')) },
    { path: 'top-30', page: lazy(() => import('./routes/Top30Page.tsx')) },
    {
      path: 'partner',
      page: lazy(() => import('./routes/PartnerPortalPage.tsx')),
      access: { permission: 'partner.work', login: 'staff' },
    },
    {
      path: 'beheer/partners',
      page: lazy(() => import('./routes/PartnersAdminPage.tsx')),
      access: { permission: 'partner.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/partner',
      label: { nl: 'Mijn organisatie', en: 'My organisation' },
      permission: 'partner.work',
      order: 40,
    },
    {
      path: '/beheer/partners',
      group: 'money',
      label: { nl: 'Partners en steun', en: 'Partners and support' },
      permission: 'partner.manage',
      order: 63,
    },
    {
      path: '/partner-worden',
      label: {
        nl: 'Partner worden',
        en: 'Become a partner',
        tr: 'Ortak olun',
        ar: 'كن شريكًا',
        pl: 'Zostań partnerem',
        uk: 'Стати партнером',
      },
      order: 20,
      area: 'footer',
    },
    {
      path: '/vrijwilligerspas',
      label: {
        nl: 'Vrijwilligerspas',
        en: 'Volunteer pass',
        tr: 'Gönüllü kartı',
        ar: 'بطاقة المتطوع',
        pl: 'Karta wolontariusza',
        uk: 'Картка волонтера',
      },
      order: 21,
      area: 'footer',
    },
    {
      path: '/top-30',
      label: {
        nl: 'Top 30 vrijwilligersactiviteiten',
        en: 'Top 30 volunteer activities',
        tr: 'En iyi 30 gönüllü etkinliği',
        ar: 'أفضل 30 نشاطًا تطوعيًا',
        pl: 'Top 30 działań wolontariuszy',
        uk: 'Топ-30 волонтерських заходів',
      },
      order: 22,
      area: 'footer',
    },
  ],
};
