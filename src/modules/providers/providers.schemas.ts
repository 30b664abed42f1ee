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

export const Provider = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: ProviderKind,
  description: Type.String(),
  website: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  locations: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      street: Type.String(),
      postcode: Type.String(),
      city: Type.String(),
      wijk: Type.Object({ code: Type.String(), name: Type.String() }),
    }),
  ),
});

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
