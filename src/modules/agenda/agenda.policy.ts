import { definePolicy, allow } from '../access/policy.ts';
import { anyone } from '../access/principal.ts';

/** The agenda is public. */
export const agendaPolicy = definePolicy({
  'agenda.read': allow(anyone),
});
