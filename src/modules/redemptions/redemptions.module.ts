import { defineModule } from '../../http/module-manifest.ts';
import { forgetOldIdempotencyKeysJob } from './idempotency-retention.ts';
import { redemptionsPolicy } from './redemptions.policy.ts';
import { redemptionsProblems } from './redemptions.problems.ts';
import { redemptionsRoutes } from './redemptions.routes.ts';

/** The till: applicable offers with their price, redeem exactly once, cancel. */
export default defineModule({
  name: 'redemptions',
  tables: ['redemptions', 'idempotency_keys'],
  routes: redemptionsRoutes,
  problems: redemptionsProblems,
  policy: redemptionsPolicy,
  jobs: [forgetOldIdempotencyKeysJob],
});
