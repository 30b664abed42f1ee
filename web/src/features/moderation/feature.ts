import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** "Moderatie": the pass organisation approves new offers and changes, asks for changes, or suspends. */
export const moderation: Feature = {
  namespace: 'moderation',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/moderatie',
      page: lazy(() => import('./routes/ModerationPage.tsx')),
      access: { permission: 'offer.moderate', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/moderatie',
      group: 'offer',
      label: { nl: 'Moderatie', en: 'Moderation' },
      permission: 'offer.moderate',
      order: 61.5,
    },
  ],
};
