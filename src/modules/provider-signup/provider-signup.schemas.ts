import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/schemas.ts';
import { ProviderKind } from '../providers/providers.schemas.ts';

/** What goes in and out of the sign-up endpoints; the presenters return their `Static<>` types. */

const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) });
const Required = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...(description ? { description } : {}) });

export const ApplicationStatus = Type.Union([
  Type.Literal('submitted'),
  Type.Literal('questions_asked'),
  Type.Literal('approved'),
  Type.Literal('declined'),
]);

export const NewProviderApplication = Type.Object(
  {
    organisationName: Required(200),
    kind: ProviderKind,
    kvkNumber: Type.Optional(
      Type.String({
        pattern: '^[0-9]{8}$',
        description: 'Chamber of Commerce (KvK) number, 8 digits; required for a business',
      }),
    ),
    contactName: Required(200),
    email: Type.String({ format: 'email', maxLength: 200 }),
    phone: Type.Optional(Text(40)),
    website: Type.Optional(Text(300)),
    street: Type.Optional(Text(200)),
    postcode: Type.Optional(Text(10)),
    city: Type.Optional(Text(100)),
    description: Type.Optional(Text(2000, 'What the organisation does and what it wants to offer')),
    iban: Type.String({ minLength: 1, maxLength: 50, description: 'Checked with mod-97 (ISO 13616)' }),
    accountHolderName: Required(200),
    termsAccepted: Type.Boolean({ description: 'Must be true: the terms for providers are accepted' }),
  },
  { additionalProperties: false },
);

/** What the applicant gets back: no more than what they sent needs (nothing about other sign-ups). */
export const ProviderApplicationReceipt = Type.Object({
  id: Uuid,
  status: ApplicationStatus,
});

export const ProviderApplication = Type.Object({
  id: Uuid,
  organisationName: Type.String(),
  kind: ProviderKind,
  kvkNumber: Type.Union([Type.String(), Type.Null()]),
  contactName: Type.String(),
  email: Type.String(),
  phone: Type.String(),
  website: Type.Union([Type.String(), Type.Null()]),
  street: Type.String(),
  postcode: Type.String(),
  city: Type.String(),
  description: Type.String(),
  iban: Type.String(),
  accountHolderName: Type.String(),
  kvkKnown: Type.Union(
    [
      Type.Object({
        providerId: Type.Union([Uuid, Type.Null()]),
        providerName: Type.Union([Type.String(), Type.Null()]),
        applicationId: Type.Union([Uuid, Type.Null()]),
      }),
      Type.Null(),
    ],
    { description: 'Set when the KvK number was already known: an existing provider or an earlier sign-up' },
  ),
  status: ApplicationStatus,
  questions: Type.Union([Type.String(), Type.Null()]),
  providerId: Type.Union([Uuid, Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const ApplicationQuestions = Type.Object(
  { message: Required(2000, 'The questions, sent to the contact person by e-mail') },
  { additionalProperties: false },
);
