import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** The supportgroep: members pass on leads and meet; Beheer invites them and keeps notes (staff: Dutch and English). */
export const supportGroup: Feature = {
  namespace: 'support-group',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'supportgroep',
      page: lazy(() => import('./routes/MemberPage.tsx')),
      access: { permission: 'supportGroup.participate', login: 'staff' },
    },
    {
      path: 'beheer/supportgroep',
      page: lazy(() => import('./routes/AdminPage.tsx')),
      access: { permission: 'supportGroup.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/supportgroep',
      label: { nl: 'Supportgroep', en: 'Support group' },
      permission: 'supportGroup.participate',
      order: 59,
    },
    {
      path: '/beheer/supportgroep',
      group: 'community',
      label: { nl: 'Supportgroep', en: 'Support group' },
      permission: 'supportGroup.manage',
      order: 68,
    },
  ],
};
