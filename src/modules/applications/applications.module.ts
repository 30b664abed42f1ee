import { defineModule } from '../../http/module-manifest.ts';
import { applicationsPolicy } from './applications.policy.ts';
import { applicationsProblems } from './applications.problems.ts';
import { applicationsRoutes } from './applications.routes.ts';
import { applicationsDemo } from './applications.demo.ts';
import { deleteExpiredEvidence } from './evidence.ts';

/** Applications for the free (or reduced) pass, with evidence and the review queue. */
export default defineModule({
  name: 'applications',
  tables: ['applications', 'application_members', 'application_evidence', 'application_events'],
  routes: applicationsRoutes,
  problems: applicationsProblems,
  policy: applicationsPolicy,
  jobs: [
    {
      name: 'applications.evidence-retention',
      intervalMs: 60 * 60 * 1000,
      run: async ({ database, config }, now) => {
        const result = await deleteExpiredEvidence(database.db, now, config.evidenceRetentionDays);
        return result.files > 0 ? result : undefined;
      },
    },
  ],
  demo: applicationsDemo,
});
