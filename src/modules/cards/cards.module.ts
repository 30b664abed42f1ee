import { defineModule } from '../../http/module-manifest.ts';
import { cardsPolicy } from './cards.policy.ts';
import { cardsRoutes } from './cards.routes.ts';

/** Passes on paper: the resident's printable pass (A4 PDF with a card to cut out). */
export default defineModule({
  name: 'cards',
  tables: [],
  routes: cardsRoutes,
  policy: cardsPolicy,
});
