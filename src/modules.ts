import type { ModuleManifest } from './http/module-manifest.ts';
import actionBudget from './modules/action-budget/action-budget.module.ts';
import agenda from './modules/agenda/agenda.module.ts';
import admin from './modules/admin/admin.module.ts';
import applications from './modules/applications/applications.module.ts';
import areas from './modules/areas/areas.module.ts';
import credit from './modules/credit/credit.module.ts';
import identity from './modules/identity/identity.module.ts';
import incomeImport from './modules/income-import/income-import.module.ts';
import insight from './modules/insight/insight.module.ts';
import ledger from './modules/ledger/ledger.module.ts';
import maps from './modules/maps/maps.module.ts';
import notifications from './modules/notifications/notifications.module.ts';
import offers from './modules/offers/offers.module.ts';
import partners from './modules/partners/partners.module.ts';
import passes from './modules/passes/passes.module.ts';
import payouts from './modules/payouts/payouts.module.ts';
import providers from './modules/providers/providers.module.ts';
import redemptions from './modules/redemptions/redemptions.module.ts';
import sales from './modules/sales/sales.module.ts';
import schemes from './modules/schemes/schemes.module.ts';
import showcase from './modules/showcase/showcase.module.ts';
import sponsors from './modules/sponsors/sponsors.module.ts';
import tenants from './modules/tenants/tenants.module.ts';
import holderFile from './modules/holder-file/holder-file.module.ts';
import providerSignup from './modules/provider-signup/provider-signup.module.ts';
import giftPasses from './modules/gift-passes/gift-passes.module.ts';
import deskSales from './modules/desk-sales/desk-sales.module.ts';
import cards from './modules/cards/cards.module.ts';
import providerFigures from './modules/provider-figures/provider-figures.module.ts';
import media from './modules/media/media.module.ts';
import recruitment from './modules/recruitment/recruitment.module.ts';
import volunteering from './modules/volunteering/volunteering.module.ts';
import feedback from './modules/feedback/feedback.module.ts';
import stories from './modules/stories/stories.module.ts';
import taste from './modules/taste/taste.module.ts';
import dashboards from './modules/dashboards/dashboards.module.ts';
import policyGoals from './modules/policy-goals/policy-goals.module.ts';
import newsletters from './modules/newsletters/newsletters.module.ts';
import supportGroup from './modules/support-group/support-group.module.ts';
import guides from './modules/guides/guides.module.ts';

/**
 * Every module of the platform. The app, the problem handler, the policies of the session and
 * the periodic jobs assemble themselves from this list: a new module adds one line here.
 */
export const MODULES: readonly ModuleManifest[] = [
  tenants,
  areas,
  identity,
  notifications,
  providers,
  offers,
  passes,
  ledger,
  redemptions,
  credit,
  sales,
  sponsors,
  actionBudget,
  payouts,
  admin,
  insight,
  schemes,
  holderFile,
  providerSignup,
  partners,
  applications,
  incomeImport,
  giftPasses,
  maps,
  agenda,
  showcase,
  deskSales,
  cards,
  providerFigures,
  media,
  recruitment,
  volunteering,
  feedback,
  stories,
  taste,
  dashboards,
  policyGoals,
  newsletters,
  supportGroup,
  guides,
];
