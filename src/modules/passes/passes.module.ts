import { defineModule } from '../../http/module-manifest.ts';
import { childPassesComingOfAgeJob } from './households.service.ts';
import { passYearRemindersJob } from './pass-year.service.ts';
import { passesDemo } from './passes.demo.ts';
import { passesPolicy } from './passes.policy.ts';
import { passesProblems } from './passes.problems.ts';
import { passesRoutes } from './passes.routes.ts';

/** Holders and their passes: pass numbers, signed QR codes, the resident's own pass. */
export default defineModule({
  name: 'passes',
  tables: [
    'holders',
    'passes',
    'pass_number_counters',
    'pass_devices',
    'pass_device_keys',
    'pass_year_settings',
    'pass_year_reminders',
    'pass_renewals',
    'household_partners',
  ],
  routes: passesRoutes,
  problems: passesProblems,
  policy: passesPolicy,
  jobs: [passYearRemindersJob, childPassesComingOfAgeJob],
  demo: passesDemo,
});
