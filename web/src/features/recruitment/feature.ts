import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** The recruitment board (leads, gap matrix, map, import, posters) the campaign calendar and the Stille Krachten (relationship notes). Staff: nl and en. */
export const recruitment: Feature = {
  namespace: 'recruitment',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/werving',
      page: lazy(() => import('./routes/RecruitmentBoardPage.tsx')),
      access: { permission: 'recruitment.read', login: 'staff' },
    },
    {
      path: 'beheer/campagnes',
      page: lazy(() => import('./routes/CampaignsPage.tsx')),
      access: { permission: 'campaigns.manage', login: 'staff' },
    },
    {
      path: 'beheer/stille-krachten',
      page: lazy(() => import('./routes/StilleKrachtenPage.tsx')),
      access: { permission: 'relationships.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/werving',
      group: 'community',
      label: { nl: 'Werving', en: 'Recruitment' },
      permission: 'recruitment.read',
      order: 62,
    },
    {
      path: '/beheer/campagnes',
      group: 'community',
      label: { nl: 'Campagnes', en: 'Campaigns' },
      permission: 'campaigns.manage',
      order: 63,
    },
    {
      path: '/beheer/stille-krachten',
      group: 'community',
      label: { nl: 'Stille Krachten', en: 'Stille Krachten' },
      permission: 'relationships.manage',
      order: 64,
    },
  ],
};
