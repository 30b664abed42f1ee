import { definePolicy, allow } from '../access/policy.ts';
import { isResident } from '../access/principal.ts';

/** Only the holder, about their own history: nobody else asks for or sees the suggestions. */
export const tastePolicy = definePolicy({
  'taste.own': allow(isResident),
});
