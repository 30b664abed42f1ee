import { definePolicy, allow } from '../access/policy.ts';
import { isResident } from '../access/principal.ts';

export const passesPolicy = definePolicy({
  'ownPass.read': allow(isResident),
  // The devices that show the holder's QR code: add, list, remove (a lost phone).
  'ownDevices.manage': allow(isResident),
});
