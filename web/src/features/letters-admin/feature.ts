import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Beheer: the day's letters to print (for residents without e-mail), and the texts of messages. */
export const lettersAdmin: Feature = {
  namespace: 'letters-admin',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/brieven',
      page: lazy(() => import('./routes/LetterBatchesPage.tsx')),
      access: { permission: 'letterBatch.read', login: 'staff' },
    },
    {
      path: 'beheer/berichtteksten',
      page: lazy(() => import('./routes/MessageTemplatesPage.tsx')),
      access: { permission: 'messageTemplate.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/brieven',
      group: 'messages',
      label: { nl: 'Brieven', en: 'Letters' },
      permission: 'letterBatch.read',
      order: 65,
    },
    {
      path: '/beheer/berichtteksten',
      group: 'messages',
      label: { nl: 'Berichtteksten', en: 'Message texts' },
      permission: 'messageTemplate.manage',
      order: 66,
    },
  ],
};
