import { definePolicy, allow } from '../access/policy.ts';
import { anyone } from '../access/principal.ts';

/** The wijken and buurten are public. */
export const areasPolicy = definePolicy({
  'areas.read': allow(anyone),
});
