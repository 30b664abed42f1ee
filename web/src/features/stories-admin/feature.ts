import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** The editors' desk for stories, and story submissions by partners and providers (staff: Dutch and English). */
export const storiesAdmin: Feature = {
  namespace: 'stories-admin',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    {
      path: 'beheer/verhalen',
      page: lazy(() => import('./routes/StoriesAdminPage.tsx')),
      access: { permission: 'stories.write', login: 'staff' },
    },
    {
      path: 'beheer/verhalen/nieuw',
      page: lazy(() => import('./routes/StoryEditPage.tsx')),
      access: { permission: 'stories.write', login: 'staff' },
    },
    {
      path: 'beheer/verhalen/:storyId',
      page: lazy(() => import('./routes/StoryEditPage.tsx')),
      access: { permission: 'stories.write', login: 'staff' },
    },
    {
      path: 'verhaal-insturen',
      page: lazy(() => import('./routes/SubmitStoryPage.tsx')),
      access: { permission: 'stories.submit', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/verhalen',
      group: 'messages',
      label: { nl: 'Verhalen beheren', en: 'Manage stories' },
      permission: 'stories.write',
      order: 66,
    },
    {
      path: '/verhaal-insturen',
      label: { nl: 'Verhaal insturen', en: 'Send in a story' },
      permission: 'stories.submit',
      order: 58,
    },
  ],
};
