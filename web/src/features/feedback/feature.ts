import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** Residents give feedback: answer a survey anonymously, rate an offer they used, the experience panel, an idea. */
export const feedback: Feature = {
  namespace: 'feedback',
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
    { path: 'vragenlijst/:surveyId', page: lazy(() => import('./routes/SurveyPage.tsx')) },
    { path: 'idee', page: lazy(() => import('./routes/SuggestionPage.tsx')) },
    {
      path: 'beoordelen',
      page: lazy(() => import('./routes/RatePage.tsx')),
      access: { permission: 'ratings.rate', login: 'resident' },
    },
    {
      path: 'ervaringspanel',
      page: lazy(() => import('./routes/PanelPage.tsx')),
      access: { permission: 'panel.membership', login: 'resident' },
    },
  ],
  nav: [
    {
      path: '/beoordelen',
      label: { nl: 'Beoordelen', en: 'Rate', tr: 'Değerlendir', ar: 'التقييم', pl: 'Oceń', uk: 'Оцінити' },
      permission: 'ratings.rate',
      order: 31,
    },
    {
      path: '/ervaringspanel',
      label: {
        nl: 'Ervaringspanel',
        en: 'Experience panel',
        tr: 'Deneyim paneli',
        ar: 'لجنة التجارب',
        pl: 'Panel doświadczeń',
        uk: 'Панель досвіду',
      },
      permission: 'panel.membership',
      order: 32,
    },
    {
      path: '/idee',
      label: { nl: 'Idee?', en: 'An idea?', tr: 'Bir fikir?', ar: 'فكرة؟', pl: 'Pomysł?', uk: 'Ідея?' },
      order: 90,
      area: 'footer',
    },
  ],
};
