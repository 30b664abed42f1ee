import { lazy } from 'react';
import type { Feature } from '../../lib/feature.ts';

/** "Waar gaat het actiebudget naartoe?": the public summary of the actiebudget. */
export const actionBudget: Feature = {
  namespace: 'action-budget',
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
    { path: 'actiebudget', page: lazy(() => import('./routes/ActionBudgetPage.tsx')) },
    {
      path: 'beheer/actiebudget',
      page: lazy(() => import('./routes/ActionBudgetAdminPage.tsx')),
      access: { permission: 'actionBudget.manage', login: 'staff' },
    },
  ],
  nav: [
    {
      path: '/beheer/actiebudget',
      group: 'money',
      label: { nl: 'Actiebudget', en: 'Action budget' },
      permission: 'actionBudget.manage',
      order: 64,
    },
    {
      path: '/actiebudget',
      label: {
        nl: 'Waar gaat het actiebudget naartoe?',
        en: 'Where does the action budget go?',
        tr: 'Eylem bütçesi nereye gidiyor?',
        ar: 'أين تذهب ميزانية الأنشطة؟',
        pl: 'Na co idzie budżet działań?',
        uk: 'Куди йде бюджет дій?',
      },
      order: 10,
      area: 'footer',
    },
  ],
};
