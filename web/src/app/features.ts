import type { Feature } from '../lib/feature.ts';
import type { NamespaceLoaders } from '../i18n/i18n.ts';
import { actionBudget } from '../features/action-budget/feature.ts';
import { admin } from '../features/admin/feature.ts';
import { auth } from '../features/auth/feature.ts';
import { buyPass } from '../features/buy-pass/feature.ts';
import { catalogue } from '../features/catalogue/feature.ts';
import { creditAdmin } from '../features/credit-admin/feature.ts';
import { devOutbox } from '../features/dev-outbox/feature.ts';
import { myPass } from '../features/my-pass/feature.ts';
import { payouts } from '../features/payouts/feature.ts';
import { provider } from '../features/provider/feature.ts';
import { till } from '../features/till/feature.ts';
import { holderFile } from '../features/holder-file/feature.ts';
import { giftPasses } from '../features/gift-passes/feature.ts';
import { desk } from '../features/desk/feature.ts';
import { printablePass } from '../features/printable-pass/feature.ts';

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
  giftPasses,
  desk,
  printablePass,
];

export const featureTranslations = (): NamespaceLoaders =>
  Object.fromEntries(FEATURES.map((feature) => [feature.namespace, feature.translations]));
