import { defineModule } from '../../http/module-manifest.ts';
import { mediaPolicy } from './media.policy.ts';
import { mediaProblems } from './media.problems.ts';
import { mediaRoutes } from './media.routes.ts';

/** Pictures of offers, providers, routes and stories, and podcast audio: checked by content, resized on upload, served for a year. */
export default defineModule({
  name: 'media',
  tables: ['media_images', 'media_variants', 'media_audio'],
  routes: mediaRoutes,
  problems: mediaProblems,
  policy: mediaPolicy,
});
