import { defineModule } from '../../http/module-manifest.ts';
import { holderFileDemo } from './holder-file.demo.ts';
import { holderFilePolicy } from './holder-file.policy.ts';
import { holderFileProblems } from './holder-file.problems.ts';
import { holderFileRoutes } from './holder-file.routes.ts';
import { holderDataRoutes } from './holder-data.routes.ts';
import { enforceRetention, loadRetention } from './holder-erasure.ts';

/** The holder's file in Beheer: addresses, notes and the audit of corrections. */
export default defineModule({
  name: 'holder-file',
  tables: ['holder_addresses', 'holder_notes', 'holder_audit_events', 'erasure_requests'],
  routes: async (app) => {
    await holderFileRoutes(app);
    await holderDataRoutes(app);
  },
  problems: holderFileProblems,
  policy: holderFilePolicy,
  demo: holderFileDemo,
  jobs: [
    {
      name: 'retention',
      intervalMs: 6 * 3600_000,
      run: async (deps, now) => {
        const result = await enforceRetention(deps.database.db, now, loadRetention());
        return result.holders + result.messages + result.letters > 0 ? result : undefined;
      },
    },
  ],
});
