import { defineModule } from '../../http/module-manifest.ts';
import { providerSignupPolicy } from './provider-signup.policy.ts';
import { providerSignupProblems } from './provider-signup.problems.ts';
import { providerSignupRoutes } from './provider-signup.routes.ts';

/** "Aanbieder worden": organisations sign up; the pass organisation approves, asks questions or declines. */
export default defineModule({
  name: 'provider-signup',
  tables: ['provider_applications'],
  routes: providerSignupRoutes,
  problems: providerSignupProblems,
  policy: providerSignupPolicy,
});
