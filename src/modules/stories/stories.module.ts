import { defineModule } from '../../http/module-manifest.ts';
import { seedStories } from './stories.demo.ts';
import { storyPageHead } from './stories.pages.ts';
import { storiesPolicy } from './stories.policy.ts';
import { storiesProblems } from './stories.problems.ts';
import { storiesRoutes } from './stories.routes.ts';

/** Stories about the pass (interviews, route highlights, wijk events, workshops, volunteers, podcast) and their feeds. */
export default defineModule({
  name: 'stories',
  tables: ['stories', 'story_links', 'story_translations'],
  routes: storiesRoutes,
  problems: storiesProblems,
  policy: storiesPolicy,
  demo: seedStories,
  pageHead: storyPageHead,
});
