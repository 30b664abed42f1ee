import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

const EventEditPage = lazy(() => import('./routes/EventEditPage.tsx'));
const staff = { permission: 'agenda.manage', login: 'staff' } as const;
const provider = { permission: 'agenda.events.manage', login: 'staff' } as const;

/**
 * Keeping the agenda up to date: the pass organisation edits every event and the festivals
 * (beheer/agenda); a provider adds and edits the events of its own offers (aanbieder/agenda).
 */
export const agendaAdmin: Feature = {
  namespace: 'agenda-admin',
  translations: { nl: () => import('./i18n/nl.json'), en: () => import('./i18n/en.json') },
  routes: [
    { path: 'beheer/agenda', page: lazy(() => import('./routes/AgendaAdminPage.tsx')), access: staff },
    { path: 'beheer/agenda/nieuw', page: EventEditPage, access: staff },
    { path: 'beheer/agenda/:eventId', page: EventEditPage, access: staff },
    { path: 'aanbieder/agenda', page: lazy(() => import('./routes/ProviderAgendaPage.tsx')), access: provider },
    { path: 'aanbieder/agenda/nieuw', page: EventEditPage, access: provider },
    { path: 'aanbieder/agenda/:eventId', page: EventEditPage, access: provider },
  ],
  nav: [
    {
      path: '/beheer/agenda',
      group: 'offer',
      label: { nl: 'Agenda beheren', en: 'Manage events' },
      permission: 'agenda.manage',
      order: 62,
    },
    {
      path: '/aanbieder/agenda',
      label: { nl: 'Mijn agenda', en: 'My events' },
      permission: 'agenda.events.manage',
      order: 51.6,
    },
  ],
};
