import { defineModule } from '../../http/module-manifest.ts';
import { newslettersPolicy } from './newsletters.policy.ts';
import { newslettersProblems } from './newsletters.problems.ts';
import { newslettersRoutes } from './newsletters.routes.ts';
import { seedNewsletters } from './newsletters.demo.ts';
import { NEWSLETTER_SEND_QUEUE, newsletterMailBounced, NewslettersService } from './newsletters.service.ts';

/**
 * Newsletters with consent (issue 20): double opt-in subscriptions of residents, holders' opt-in
 * (e-mail or letter), the providers' newsletter, editions composed from stories, new providers and
 * events, sent as a background job through the notifications outbox with one-click unsubscribe.
 */
export default defineModule({
  name: 'newsletters',
  tables: ['newsletter_subscribers', 'newsletter_editions', 'newsletter_deliveries'],
  routes: newslettersRoutes,
  problems: newslettersProblems,
  policy: newslettersPolicy,
  mailBounced: newsletterMailBounced,
  demo: seedNewsletters,
  queues: ({ database, config }) => [
    {
      name: NEWSLETTER_SEND_QUEUE,
      run: (data, signal) =>
        new NewslettersService(database.db, config).work(
          { tenantId: String(data.tenantId), editionId: String(data.editionId) },
          signal,
        ),
    },
  ],
});
