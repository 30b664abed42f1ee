import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Policy } from '../modules/access/policy.ts';
import type { MailBounceListener } from '../modules/notifications/bounce-report.ts';
import type { Principal } from '../modules/access/principal.ts';
import type { JobRunner } from '../shared/jobs.ts';

/** What every module's routes receive: the database, the configuration and every module's policy. */
export interface AppDeps {
  database: Database;
  config: Config;
  /** The policies of all modules: what a session may do (`GET /sessions/current`). */
  policies: readonly Policy[];
  /** Background jobs that survive a restart (src/shared/jobs.ts, decision 0024). */
  jobs: JobRunner;
  /** Every module's `mailBounced`: told when an e-mail bounced (decision 0050). */
  mailBounceListeners: readonly MailBounceListener[];
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    principal: Principal;
  }
}
