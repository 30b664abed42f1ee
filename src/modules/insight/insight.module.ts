import { defineModule } from '../../http/module-manifest.ts';

/**
 * Figures about people: every aggregate that leaves the server goes through disclosure.ts, the
 * rule of 10 with complementary suppression (docs/decisions/0010).
 */
export default defineModule({
  name: 'insight',
  tables: [],
});
