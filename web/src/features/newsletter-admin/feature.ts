import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Editions of the newsletters in Beheer: compose, preview per interest, send, figures (staff: Dutch and English). */
export const newsletterAdmin: Feature = {
  namespace: 'newsletter-admin',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/nieuwsbrieven',
      page: lazy(() => import('./routes/EditionsPage.tsx')),
      access: { permission: 'newsletter.compose', login: 'staff' },
    },
    {
      path: 'beheer/nieuwsbrieven/:editionId',
      page: lazy(() => import('./routes/EditionPage.tsx')),
      access: { permission: 'newsletter.compose', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/nieuwsbrieven',
      group: 'messages',
      label: { nl: 'Nieuwsbrieven', en: 'Newsletters' },
      permission: 'newsletter.compose',
      order: 67,
    },
  ],
};
