import { defineModule } from '../../http/module-manifest.ts';
import { notificationsPolicy } from './notifications.policy.ts';
import { notificationsRoutes } from './notifications.routes.ts';

/** Messages to residents and staff: the outbox, filled inside the caller's transaction. */
export default defineModule({
  name: 'notifications',
  tables: ['outbox_messages'],
  routes: notificationsRoutes,
  policy: notificationsPolicy,
});
