import { Type } from '@sinclair/typebox';
import { Cents, DateOnly, Uuid } from '../../http/schemas.ts';
import { HolderFileApplication } from '../applications/applications.schemas.ts';
import { PassCategory, PassStatus } from '../passes/passes.schemas.ts';

/** What goes in and out of the holder's file; the presenters return their `Static<>` types. */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
/** A date or null, with its format on the field itself (the NL API Design Rules look for it there). */
const NullableDate = Type.Unsafe<string | null>({
  type: ['string', 'null'],
  format: 'date',
  description: 'YYYY-MM-DD',
});

export const HolderAddress = Type.Object(
  {
    street: Type.String({ minLength: 1, maxLength: 200 }),
    houseNumber: Type.String({ minLength: 1, maxLength: 20 }),
    postcode: Type.String({ pattern: '^[1-9][0-9]{3} ?[A-Za-z]{2}$', description: 'Dutch postcode, e.g. 1506 CA' }),
    city: Type.String({ minLength: 1, maxLength: 100 }),
  },
  { $id: 'HolderAddress', additionalProperties: false },
);

export const HolderCorrection = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 200 }))),
    birthDate: Type.Optional(NullableDate),
    wijkCode: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 20 }))),
    address: Type.Optional(Nullable(HolderAddress)),
  },
  { additionalProperties: false, description: 'Only the fields sent are changed; null clears a field.' },
);

export const NewHolderNote = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);

export const HolderNote = Type.Object(
  { id: Uuid, body: Type.String(), writtenBy: Type.String(), createdAt: DateTime },
  { $id: 'HolderNote' },
);

/** Whether a pass can be renewed by paying today, and on what terms (the rule of every renewal route). */
export const RenewalTerms = Type.Object(
  {
    paid: Type.Boolean({ description: 'A paid pass is renewed by paying; a free one by a new application or import' }),
    renewableNow: Type.Boolean(),
    refusal: Nullable(
      Type.String({
        description:
          'Why not now, as the problem code a renewal would get: pass-renewal-too-early, pass-renewal-free-pass, pass-blocked, pass-replaced, pass-sales-unavailable',
      }),
    ),
    renewableFrom: DateOnly,
    priceCents: Nullable(Cents),
    nextValidUntil: NullableDate,
  },
  { $id: 'HolderPassRenewalTerms' },
);

export const PaymentAtDesk = Type.Union([Type.Literal('pin'), Type.Literal('cash')]);

export const NewHolderRenewal = Type.Object(
  {
    passId: Uuid,
    salesPointId: Type.String({
      format: 'uuid',
      description: "The sales point whose till took the payment: the renewal is in that desk's day and its closing",
    }),
    paymentMethod: PaymentAtDesk,
    saleId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'Made by the page per renewal, so sending it again renews and books nothing twice',
      }),
    ),
  },
  { additionalProperties: false },
);

export const HolderRenewal = Type.Object(
  {
    saleId: Uuid,
    passNumber: Type.String(),
    paymentMethod: PaymentAtDesk,
    amountCents: Cents,
    salesPointName: Type.String(),
    validUntilBefore: NullableDate,
    validUntil: DateOnly,
  },
  { $id: 'HolderRenewal' },
);

export const HolderFile = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    email: Nullable(Type.String()),
    birthDate: NullableDate,
    wijk: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
    address: Nullable(HolderAddress),
    createdAt: DateTime,
    passes: Type.Array(
      Type.Object({
        id: Uuid,
        number: Type.String({ description: 'Formatted pass number with check digit' }),
        category: PassCategory,
        status: PassStatus,
        validFrom: DateOnly,
        validUntil: DateOnly,
        parentNumber: Nullable(Type.String({ description: 'The pass a child pass hangs under' })),
        renewal: RenewalTerms,
      }),
    ),
    household: Type.Array(
      Type.Object({
        holderId: Uuid,
        name: Type.String(),
        relation: Type.Union([Type.Literal('child'), Type.Literal('parent')]),
        birthDate: NullableDate,
        passNumber: Type.String(),
        passStatus: PassStatus,
      }),
    ),
    applications: Type.Array(HolderFileApplication, {
      description:
        'Applications for the free (or reduced) pass, newest first; each is reviewed at /beheer/aanvragen/{id}',
    }),
    redemptions: Type.Array(
      Type.Object({
        id: Uuid,
        at: DateTime,
        passNumber: Type.String(),
        offerTitle: Type.String(),
        providerName: Type.String(),
        priceCents: Cents,
        cancelled: Type.Boolean(),
      }),
      { description: 'The 50 newest' },
    ),
    credit: Type.Array(
      Type.Object({ passNumber: Type.String(), schemeName: Type.String(), balanceCents: Cents, validUntil: DateOnly }),
    ),
    messages: Type.Array(Type.Object({ id: Uuid, subject: Type.String(), createdAt: DateTime }), {
      description: 'E-mails sent to the holder (the outbox), the 50 newest',
    }),
    notes: Type.Array(HolderNote),
    audit: Type.Array(
      Type.Object({
        id: Uuid,
        action: Type.String(),
        by: Type.String(),
        at: DateTime,
        changes: Type.Array(
          Type.Object({ field: Type.String(), from: Nullable(Type.String()), to: Nullable(Type.String()) }),
        ),
      }),
    ),
    salesPoints: Type.Array(Type.Object({ id: Uuid, name: Type.String() }), {
      description: 'Where a renewal from this file can be paid (pin or cash)',
    }),
    erasure: Type.Union([Type.Object({ requestedAt: DateTime, executedAt: Nullable(DateTime) }), Type.Null()], {
      description: 'The resident asked to erase their data (and when the pass organisation did)',
    }),
  },
  { $id: 'HolderFile' },
);
