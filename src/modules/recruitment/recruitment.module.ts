import { defineModule } from '../../http/module-manifest.ts';
import { seedRecruitmentDemo } from './recruitment.demo.ts';
import { recruitmentPolicy } from './recruitment.policy.ts';
import { recruitmentProblems } from './recruitment.problems.ts';
import { recruitmentRoutes } from './recruitment.routes.ts';

/**
 * The pass organisation's recruitment board (leads, the gap matrix, wijkmanagers), the campaign
 * calendar, promotion material, and relationships with providers (Stille Krachten, social credit).
 */
export default defineModule({
  name: 'recruitment',
  tables: [
    'recruitment_leads',
    'recruitment_lead_events',
    'recruitment_wijk_assignments',
    'campaigns',
    'provider_relationship_notes',
  ],
  routes: recruitmentRoutes,
  problems: recruitmentProblems,
  policy: recruitmentPolicy,
  demo: seedRecruitmentDemo,
});
