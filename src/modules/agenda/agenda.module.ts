import { defineModule } from '../../http/module-manifest.ts';
import { seedAgenda } from './agenda.demo.ts';
import { agendaPolicy } from './agenda.policy.ts';
import { agendaRoutes } from './agenda.routes.ts';

/** The agenda: events (once or repeating) and festivals, filtered lists and iCal feeds. */
export default defineModule({
  name: 'agenda',
  tables: ['festivals', 'events'],
  routes: agendaRoutes,
  policy: agendaPolicy,
  demo: seedAgenda,
});
