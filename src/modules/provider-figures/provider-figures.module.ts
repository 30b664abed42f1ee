import { defineModule } from '../../http/module-manifest.ts';
import { providerFiguresPolicy } from './provider-figures.policy.ts';
import { providerFiguresRoutes } from './provider-figures.routes.ts';

/** A provider's own figures: redemptions, reach (rule of 10), turnover and reimbursements. Owns no table. */
export default defineModule({
  name: 'provider-figures',
  tables: [],
  routes: providerFiguresRoutes,
  policy: providerFiguresPolicy,
});
