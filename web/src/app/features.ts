import type { Feature } from '../lib/feature.ts';
import type { NamespaceLoaders } from '../i18n/i18n.ts';
import { actionBudget } from '../features/action-budget/feature.ts';
import { agenda } from '../features/agenda/feature.ts';
import { agendaAdmin } from '../features/agenda-admin/feature.ts';
import { admin } from '../features/admin/feature.ts';
import { applicationReview } from '../features/application-review/feature.ts';
import { applications } from '../features/applications/feature.ts';
import { auth } from '../features/auth/feature.ts';
import { buyPass } from '../features/buy-pass/feature.ts';
import { catalogue } from '../features/catalogue/feature.ts';
import { creditAdmin } from '../features/credit-admin/feature.ts';
import { devOutbox } from '../features/dev-outbox/feature.ts';
import { incomeImport } from '../features/income-import/feature.ts';
import { discover } from '../features/discover/feature.ts';
import { myPass } from '../features/my-pass/feature.ts';
import { partners } from '../features/partners/feature.ts';
import { payouts } from '../features/payouts/feature.ts';
import { provider } from '../features/provider/feature.ts';
import { routeAdmin } from '../features/route-admin/feature.ts';
import { routes } from '../features/routes/feature.ts';
import { providerSignup } from '../features/provider-signup/feature.ts';
import { schemes } from '../features/schemes/feature.ts';
import { schemesAdmin } from '../features/schemes-admin/feature.ts';
import { moderation } from '../features/moderation/feature.ts';
import { till } from '../features/till/feature.ts';
import { holderFile } from '../features/holder-file/feature.ts';
import { giftPasses } from '../features/gift-passes/feature.ts';
import { wijkkaart } from '../features/wijkkaart/feature.ts';
import { membershipCheck } from '../features/membership-check/feature.ts';
import { desk } from '../features/desk/feature.ts';
import { printablePass } from '../features/printable-pass/feature.ts';
import { passYearAdmin } from '../features/pass-year-admin/feature.ts';
import { cardBatches } from '../features/card-batches/feature.ts';
import { myData } from '../features/my-data/feature.ts';
import { lettersAdmin } from '../features/letters-admin/feature.ts';
import { recruitment } from '../features/recruitment/feature.ts';
import { volunteering } from '../features/volunteering/feature.ts';
import { volunteeringAdmin } from '../features/volunteering-admin/feature.ts';
import { feedback } from '../features/feedback/feature.ts';
import { feedbackAdmin } from '../features/feedback-admin/feature.ts';
import { stories } from '../features/stories/feature.ts';
import { storiesAdmin } from '../features/stories-admin/feature.ts';
import { sponsorsAdmin } from '../features/sponsors-admin/feature.ts';
import { insight } from '../features/insight/feature.ts';
import { newsletter } from '../features/newsletter/feature.ts';
import { newsletterAdmin } from '../features/newsletter-admin/feature.ts';
import { supportGroup } from '../features/support-group/feature.ts';
import { guideAdmin } from '../features/guide-admin/feature.ts';

/**
 * The web app's features: the one list. The router, the menu, the footer and the translations
 * assemble themselves from it; a new feature is its own folder with a feature.ts, and one line here.
 */
export const FEATURES: readonly Feature[] = [
  catalogue,
  auth,
  myPass,
  till,
  provider,
  admin,
  creditAdmin,
  payouts,
  buyPass,
  actionBudget,
  devOutbox,
  holderFile,
  routes,
  routeAdmin,
  providerSignup,
  partners,
  schemes,
  schemesAdmin,
  applications,
  applicationReview,
  giftPasses,
  wijkkaart,
  agenda,
  agendaAdmin,
  moderation,
  incomeImport,
  discover,
  membershipCheck,
  desk,
  printablePass,
  passYearAdmin,
  cardBatches,
  recruitment,
  volunteering,
  volunteeringAdmin,
  feedback,
  feedbackAdmin,
  stories,
  storiesAdmin,
  sponsorsAdmin,
  myData,
  lettersAdmin,
  insight,
  newsletter,
  newsletterAdmin,
  supportGroup,
  guideAdmin,
];

export const featureTranslations = (): NamespaceLoaders =>
  Object.fromEntries(FEATURES.map((feature) => [feature.namespace, feature.translations]));
