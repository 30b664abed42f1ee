import { definePolicy, allow } from '../access/policy.ts';
import { anyone } from '../access/principal.ts';

/** The maps show public things only: boundaries, where offers are, buurthuizen. */
export const mapsPolicy = definePolicy({
  'maps.read': allow(anyone),
});
