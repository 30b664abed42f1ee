import { defineModule } from '../../http/module-manifest.ts';
import { holderFileDemo } from './holder-file.demo.ts';
import { holderFilePolicy } from './holder-file.policy.ts';
import { holderFileProblems } from './holder-file.problems.ts';
import { holderFileRoutes } from './holder-file.routes.ts';

/** The holder's file in Beheer: addresses, notes and the audit of corrections. */
export default defineModule({
  name: 'holder-file',
  tables: ['holder_addresses', 'holder_notes', 'holder_audit_events'],
  routes: holderFileRoutes,
  problems: holderFileProblems,
  policy: holderFilePolicy,
  demo: holderFileDemo,
});
