import { definePolicy, allow } from '../access/policy.ts';
import { isResident } from '../access/principal.ts';

export const passesPolicy = definePolicy({
  'ownPass.read': allow(isResident),
});
