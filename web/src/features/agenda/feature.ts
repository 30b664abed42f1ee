import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';
import { prefetchAgenda } from './api/agenda.ts';

/** The agenda: events and festivals, "this week" and "this weekend", and iCal feeds. */
export const agenda: Feature = {
  namespace: 'agenda',
  translations: {
    nl: () => import('./i18n/nl.json'),
    en: () => import('./i18n/en.json'),
    tr: () => import('./i18n/tr.json'),
    ar: () => import('./i18n/ar.json'),
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
  },
  routes: [
    { path: 'agenda', page: lazy(() => import('./routes/AgendaPage.tsx')), prefetch: prefetchAgenda },
    { path: 'agenda/festivals/:slug', page: lazy(() => import('./routes/FestivalPage.tsx')) },
    { path: 'agenda/festivalgids', page: lazy(() => import('./routes/FestivalGuidePage.tsx')) },
  ],
  nav: [
    {
      path: '/agenda',
      label: { nl: 'Agenda', en: 'Events', tr: 'Etkinlikler', ar: 'الفعاليات', pl: 'Wydarzenia', uk: 'Події' },
      order: 13,
    },
  ],
};
