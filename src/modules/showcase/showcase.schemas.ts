import { Type } from '@sinclair/typebox';
import { DateOnly, Uuid } from '../../http/schemas.ts';
import { ProviderKind } from '../providers/providers.schemas.ts';

/** What goes out of the showcase endpoints; the presenters return their `Static<>` types. */

export const OfferCard = Type.Object({
  id: Uuid,
  title: Type.String(),
  summary: Type.String(),
  isFree: Type.Boolean(),
});

export const ProviderProfile = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: ProviderKind,
  story: Type.String({ description: "The provider's own text about itself" }),
  website: Type.Union([Type.String(), Type.Null()]),
  onThePassSince: DateOnly,
  locations: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      address: Type.String(),
      wijk: Type.Object({ code: Type.String(), name: Type.String() }),
    }),
  ),
  routes: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })),
  offers: Type.Array(OfferCard),
});

export const NewProvider = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: ProviderKind,
  story: Type.String(),
  onThePassSince: DateOnly,
  offerCount: Type.Integer({ minimum: 1 }),
});

export const StarterOffer = Type.Object({
  ...OfferCard.properties,
  provider: Type.Object({ id: Uuid, name: Type.String() }),
});

export const StarterQuery = Type.Object({
  wijk: Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9]+$', description: 'Wijk code' }),
});
