import { definePolicy, allow } from '../access/policy.ts';
import { anyone } from '../access/principal.ts';

export const notificationsPolicy = definePolicy({
  // The development outbox shows login links: never in production (the service checks that too).
  'outbox.read': allow(anyone),
});
