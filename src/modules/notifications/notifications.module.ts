import { defineModule } from '../../http/module-manifest.ts';
import { loadMailConfig, mailerFor } from './mail-transport.ts';
import { notificationsPolicy } from './notifications.policy.ts';
import { notificationsProblems } from './notifications.problems.ts';
import { notificationsRoutes } from './notifications.routes.ts';
import { closeLetterDays, deliverOutbox } from './notifications.service.ts';

let warnedNoSmtp = false;

/**
 * Messages to residents and staff: the outbox, filled inside the caller's transaction, and sent
 * over SMTP when it is configured; letters for residents without e-mail, printed per day; the
 * municipality's own texts of messages.
 */
export default defineModule({
  name: 'notifications',
  tables: ['outbox_messages', 'message_templates', 'letters'],
  routes: notificationsRoutes,
  problems: notificationsProblems,
  policy: notificationsPolicy,
  jobs: [
    {
      name: 'outbox-delivery',
      intervalMs: 30_000,
      run: async (deps, now) => {
        const mail = loadMailConfig();
        const mailer = mailerFor(mail);
        if (!mailer) {
          if (deps.config.environment !== 'production' || warnedNoSmtp) return undefined;
          warnedNoSmtp = true;
          return { warning: 'STADSPAS_SMTP_URL is not set: e-mail stays in the outbox and is not sent' };
        }
        const result = await deliverOutbox(deps.database.db, mailer, {
          from: mail.from,
          bounceAddress: mail.bounceAddress,
          listeners: deps.mailBounceListeners,
          now,
        });
        return result.sent + result.failed > 0 ? result : undefined;
      },
    },
    {
      name: 'letter-day-batches',
      intervalMs: 15 * 60_000,
      run: async (deps, now) => {
        const letters = await closeLetterDays(deps.database.db, now);
        return letters > 0 ? { letters } : undefined;
      },
    },
  ],
});
