import { defineModule } from '../../http/module-manifest.ts';
import { seedVolunteeringDemo } from './volunteering.demo.ts';
import { volunteeringPolicy } from './volunteering.policy.ts';
import { volunteeringProblems } from './volunteering.problems.ts';
import { volunteeringRoutes } from './volunteering.routes.ts';

/**
 * The volunteers' information platform (issue 17, item 6): information pages, vacancies, help
 * requests, volunteer profiles and matches, the materials depot, spaces, the expertise bank and
 * shared needs. Docs: docs/volunteering.md.
 */
export default defineModule({
  name: 'volunteering',
  tables: [
    'volunteer_info_pages',
    'volunteer_vacancies',
    'volunteer_profiles',
    'help_requests',
    'volunteer_matches',
    'volunteer_messages',
    'depot_items',
    'depot_reservations',
    'depot_requests',
    'spaces',
    'shared_needs',
  ],
  routes: volunteeringRoutes,
  problems: volunteeringProblems,
  policy: volunteeringPolicy,
  demo: seedVolunteeringDemo,
});
