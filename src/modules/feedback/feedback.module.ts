import { defineModule } from '../../http/module-manifest.ts';
import { seedFeedback } from './feedback.demo.ts';
import { feedbackPolicy } from './feedback.policy.ts';
import { feedbackProblems } from './feedback.problems.ts';
import { feedbackRoutes } from './feedback.routes.ts';

/** The needs scan (surveys, groslijst of needs), ratings and suggestions, and the experience panel. */
export default defineModule({
  name: 'feedback',
  tables: [
    'surveys',
    'survey_responses',
    'survey_interview_contacts',
    'needs',
    'need_offers',
    'need_codings',
    'offer_ratings',
    'suggestions',
    'panel_members',
    'panel_invitations',
    'panel_questions',
  ],
  routes: feedbackRoutes,
  problems: feedbackProblems,
  policy: feedbackPolicy,
  demo: seedFeedback,
});
