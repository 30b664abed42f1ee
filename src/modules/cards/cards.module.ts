import { defineModule } from '../../http/module-manifest.ts';
import { cardsPolicy } from './cards.policy.ts';
import { cardsRoutes } from './cards.routes.ts';
import { cardBatchesRoutes } from './card-batches.routes.ts';
import { cardsProblems } from './cards.problems.ts';

/** Passes on paper: the printable pass, card requests, card batches for the printer (CSV and PDF proof). */
export default defineModule({
  name: 'cards',
  tables: ['card_requests', 'card_batches', 'cards'],
  routes: async (app) => {
    await cardsRoutes(app);
    await cardBatchesRoutes(app);
  },
  problems: cardsProblems,
  policy: cardsPolicy,
});
