import { definePolicy, allow } from '../access/policy.ts';
import { anyone, isOrgAdmin } from '../access/principal.ts';

export const notificationsPolicy = definePolicy({
  // The development outbox shows login links: never in production (the service checks that too).
  'outbox.read': allow(anyone),
  // The municipality's own texts of messages, and the day's letters to print: the pass organisation.
  'messageTemplate.manage': allow(isOrgAdmin),
  'letterBatch.read': allow(isOrgAdmin),
});
