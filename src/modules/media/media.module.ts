import { defineModule } from '../../http/module-manifest.ts';
import { mediaPolicy } from './media.policy.ts';
import { mediaProblems } from './media.problems.ts';
import { mediaRoutes } from './media.routes.ts';

/** Pictures of offers, providers and routes: checked by content, resized on upload, served for a year. */
export default defineModule({
  name: 'media',
  tables: ['media_images', 'media_variants'],
  routes: mediaRoutes,
  problems: mediaProblems,
  policy: mediaPolicy,
});
