import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Development only: the e-mails the platform would have sent. */
export const devOutbox: Feature = {
  namespace: 'dev-outbox',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [{ path: 'ontwikkeling/postvak', page: lazy(() => import('./routes/OutboxPage.tsx')) }],
  nav: [
    {
      path: '/ontwikkeling/postvak',
      label: { nl: 'Postvak (alleen voor ontwikkeling)', en: 'Outbox (development only)' },
      order: 20,
      area: 'footer',
    },
  ],
};
