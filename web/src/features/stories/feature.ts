import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Stories about the pass: interviews, route highlights, wijk events, workshops, volunteers, the podcast. */
export const stories: Feature = {
  namespace: 'stories',
  audience: 'public',
  translations: {
    nl: () => import('./i18n/nl.json'),
    en: () => import('./i18n/en.json'),
    tr: () => import('./i18n/tr.json'),
    ar: () => import('./i18n/ar.json'),
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
  },
  routes: [
    { path: 'verhalen', page: lazy(() => import('./routes/StoriesPage.tsx')) },
    { path: 'verhalen/:slug', page: lazy(() => import('./routes/StoryPage.tsx')) },
    { path: 'uitleg', page: lazy(() => import('./routes/ExplainersPage.tsx')) },
  ],
  nav: [
    {
      path: '/verhalen',
      label: { nl: 'Verhalen', en: 'Stories', tr: 'Hikâyeler', ar: 'قصص', pl: 'Historie', uk: 'Історії' },
      order: 14,
    },
    {
      path: '/uitleg',
      label: {
        nl: 'Uitleg voor ondernemers, ambtenaren en initiatieven',
        en: 'For businesses, civil servants and initiatives',
        tr: 'İşletmeler, memurlar ve girişimler için',
        ar: 'للشركات والموظفين والمبادرات',
        pl: 'Dla przedsiębiorców, urzędników i inicjatyw',
        uk: 'Для підприємців, службовців та ініціатив',
      },
      order: 14,
      area: 'footer',
    },
  ],
};
