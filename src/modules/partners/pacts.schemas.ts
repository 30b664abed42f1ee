import { Type } from '@sinclair/typebox';
import { Cents, DateOnly, Uuid } from '../../http/schemas.ts';
import { DisclosedCount } from './partners.schemas.ts';

/** What goes in and out of the pact endpoints. */

const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });

export const NewPact = Type.Object(
  {
    partnerId: Uuid,
    startsOn: DateOnly,
    endsOn: Type.String({ format: 'date', description: 'At least a year after startsOn' }),
    organisationCommitments: Text(4000, 5),
    partnerCommitments: Text(4000, 5),
    activitiesPerQuarter: Type.Integer({ minimum: 0, maximum: 1000 }),
    expectedReach: Type.Integer({ minimum: 0, maximum: 1000000 }),
    supportCents: Cents,
    evaluationMoments: Type.Array(DateOnly, { minItems: 1, maxItems: 12, uniqueItems: true }),
  },
  { additionalProperties: false },
);

export const PactRenewal = Type.Object(
  {
    endsOn: Type.String({ format: 'date', description: 'The new pact runs from the day after the old one ends' }),
    evaluationMoments: Type.Array(DateOnly, { minItems: 1, maxItems: 12, uniqueItems: true }),
  },
  { additionalProperties: false },
);

export const PactEnd = Type.Object({ endedOn: DateOnly, reason: Text(2000, 5) }, { additionalProperties: false });

export const PactEvaluation = Type.Object({
  moment: DateOnly,
  from: DateOnly,
  due: Type.Boolean({ description: 'The moment has come: the figures are filled in' }),
  activitiesHeld: Type.Union([Type.Integer(), Type.Null()]),
  holdersReached: Type.Union([DisclosedCount, Type.Null()]),
  supportPaidCents: Type.Union([Type.Integer(), Type.Null()], {
    description: 'null when not due, or when per-participant support is about fewer than 10 redemptions',
  }),
});

export const Pact = Type.Object(
  {
    id: Uuid,
    partner: Type.Object({ id: Uuid, name: Type.String() }),
    startsOn: DateOnly,
    endsOn: DateOnly,
    organisationCommitments: Type.String(),
    partnerCommitments: Type.String(),
    activitiesPerQuarter: Type.Integer(),
    expectedReach: Type.Integer(),
    supportCents: Type.Integer(),
    status: Type.Union([Type.Literal('active'), Type.Literal('renewed'), Type.Literal('ended')]),
    endedOn: Type.Union([DateOnly, Type.Null()]),
    endReason: Type.Union([Type.String(), Type.Null()]),
    renewsPactId: Type.Union([Uuid, Type.Null()]),
    evaluations: Type.Array(PactEvaluation),
  },
  { $id: 'Pact' },
);
