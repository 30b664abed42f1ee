import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/schemas.ts';

/** What goes in and out of the provider endpoints; the presenters return their `Static<>` types. */

export const ProviderKind = Type.Union([
  Type.Literal('business'),
  Type.Literal('non_profit'),
  Type.Literal('community_centre'),
  Type.Literal('volunteer_initiative'),
  Type.Literal('stille_kracht'),
]);

/** A point as a phone's map gives it; the wijk and buurt are derived from it, never typed. */
export const Position = Type.Object(
  {
    latitude: Type.Number({ minimum: 50, maximum: 54, description: 'WGS84 degrees north' }),
    longitude: Type.Number({ minimum: 3, maximum: 8, description: 'WGS84 degrees east' }),
  },
  { additionalProperties: false },
);

export const Provider = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: ProviderKind,
  description: Type.String(),
  website: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('active'), Type.Literal('suspended')]),
  locations: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      street: Type.String(),
      postcode: Type.String(),
      city: Type.String(),
      wijk: Type.Object({ code: Type.String(), name: Type.String() }),
      buurt: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()]),
      openingHours: Type.String(),
      accessibility: Type.String(),
      position: Type.Union([Position, Type.Null()]),
    }),
  ),
});

export const LocationInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    street: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    postcode: Type.String({ pattern: '^[1-9][0-9]{3} ?[A-Za-z]{2}$', description: 'Dutch postcode, e.g. 1506 EB' }),
    city: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
    openingHours: Type.Optional(Type.String({ maxLength: 1000, description: 'As the provider writes them' })),
    accessibility: Type.Optional(
      Type.String({ maxLength: 1000, description: 'E.g. "Wheelchair entrance at the side, no steps inside"' }),
    ),
    position: Position,
  },
  { additionalProperties: false },
);

export const ApiToken = Type.Object({
  id: Uuid,
  name: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const NewApiToken = Type.Object({
  ...ApiToken.properties,
  token: Type.String({
    description: 'The secret for the Authorization: Bearer header. Shown only this once; store it in the till system.',
  }),
});

export const BankAccount = Type.Object({
  iban: Type.Union([Type.String({ description: 'In groups of four, e.g. NL91 ABNA 0417 1643 00' }), Type.Null()]),
  bic: Type.Union([Type.String(), Type.Null()]),
  accountHolderName: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

/** Where the provider's payouts go, as its admin or the pass organisation sets it. */
export const BankAccountInput = Type.Object(
  {
    iban: Type.String({ minLength: 1, maxLength: 50 }),
    bic: Type.Optional(Type.String({ maxLength: 20 })),
    accountHolderName: Type.String({
      minLength: 1,
      maxLength: 70,
      description: 'Name on the account, as the bank knows it',
    }),
  },
  { additionalProperties: false },
);

export const TillSettings = Type.Object(
  {
    acceptsTypedPassNumbers: Type.Boolean({
      description: "Whether this provider's tills take a typed pass number; false: only the QR code of the app",
    }),
  },
  { additionalProperties: false },
);
