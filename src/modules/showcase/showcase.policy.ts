import { definePolicy, allow } from '../access/policy.ts';
import { anyone } from '../access/principal.ts';

/** The showcase is public: it promotes providers and their offers, never who used them. */
export const showcasePolicy = definePolicy({
  'showcase.read': allow(anyone),
});
