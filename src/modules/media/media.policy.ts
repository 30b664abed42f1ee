import { definePolicy, allow, allowFor } from '../access/policy.ts';
import { anyone, isEditor, isOrgAdmin, isProviderAdmin, providerOf, type Principal } from '../access/principal.ts';
import type { ImagePurpose } from './media.tables.ts';

/** What a picture is about: its purpose and, for an offer or a provider, the provider. */
export interface ImageOwner {
  purpose: ImagePurpose;
  providerId: string | null;
}

const managesOwner = (p: Principal, owner: ImageOwner) =>
  isOrgAdmin(p) ||
  (owner.purpose === 'story'
    ? isEditor(p)
    : isProviderAdmin(p) &&
      (owner.purpose === 'offer' || owner.purpose === 'provider') &&
      owner.providerId === providerOf(p));

export const mediaPolicy = definePolicy({
  // Pictures are on public pages: anyone may see them.
  'image.read': allow(anyone),
  // The pass organisation for everything; a provider's admin for its own offers and profile;
  // the editors (and chief editors) for the stories' photos and podcast audio.
  'image.manage': allowFor<ImageOwner>(managesOwner, (p) => isOrgAdmin(p) || isProviderAdmin(p) || isEditor(p)),
});
