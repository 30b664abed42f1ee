import { Type } from '@sinclair/typebox';
import { DateOnly, PositiveCents, Uuid } from '../../http/schemas.ts';

/** What goes in and out of the partners endpoints; the presenters return their `Static<>` types. */

const L = Type.Literal;

export const PartnerKind = Type.Union(
  [L('community_centre'), L('volunteer_organisation'), L('sport_club'), L('informal_group'), L('other'), L('co_owner')],
  { description: 'co_owner: a business association that co-owns the pass (its staff get the co_owner role)' },
);
export const PartnerStatus = Type.Union([L('pending'), L('approved'), L('rejected')]);
export const SupportKind = Type.Union([L('per_participant'), L('lump_sum')], {
  description: 'per_participant: the price of each participant drops by the support; lump_sum: one amount',
});
export const ApplicationStatus = Type.Union([L('submitted'), L('approved'), L('rejected'), L('reported'), L('closed')]);

/** A count of people as it may leave the server: null and suppressed below 10 ("fewer than 10"). */
export const DisclosedCount = Type.Object({
  value: Type.Union([Type.Integer({ minimum: 10 }), Type.Null()]),
  suppressed: Type.Boolean({ description: 'true: fewer than 10 people, so no figure is shown' }),
});

const Email = Type.String({ format: 'email', maxLength: 200 });
const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });

export const PartnerSignUp = Type.Object(
  {
    organisation: Type.Object(
      {
        name: Text(200, 2),
        kind: PartnerKind,
        wijkCode: Text(20),
        description: Type.Optional(Type.String({ maxLength: 2000 })),
        email: Email,
        phone: Type.Optional(Type.String({ maxLength: 30 })),
      },
      { additionalProperties: false },
    ),
    contact: Type.Object(
      {
        name: Text(200, 2),
        email: Email,
        password: Type.String({ minLength: 12, maxLength: 200, description: 'At least 12 characters' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export const Partner = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    kind: PartnerKind,
    wijk: Type.Object({ code: Type.String(), name: Type.String() }),
    description: Type.String(),
    email: Type.String(),
    phone: Type.Union([Type.String(), Type.Null()]),
    status: PartnerStatus,
    providerId: Type.Union([Uuid, Type.Null()], {
      description: 'The provider on the pass this partner also is, if any',
    }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Partner' },
);

export const PartnerDecision = Type.Object(
  {
    approve: Type.Boolean(),
    providerId: Type.Optional(
      Type.String({ format: 'uuid', description: 'Link to an existing provider; without it one is made on approval' }),
    ),
  },
  { additionalProperties: false },
);

export const SupportRound = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    eligibleCosts: Type.String(),
    maxAmountCents: PositiveCents,
    maxPerParticipantCents: PositiveCents,
    priorityWijken: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
    priorityTargetGroups: Type.Array(Type.String()),
    opensOn: DateOnly,
    deadline: Type.Union([DateOnly, Type.Null()]),
    open: Type.Boolean({ description: 'Whether applications are taken today' }),
  },
  { $id: 'SupportRound' },
);

export const NewSupportRound = Type.Object(
  {
    name: Text(200, 2),
    eligibleCosts: Text(4000, 2),
    maxAmountCents: PositiveCents,
    maxPerParticipantCents: PositiveCents,
    priorityWijkCodes: Type.Optional(Type.Array(Text(20), { maxItems: 50, uniqueItems: true })),
    priorityTargetGroups: Type.Optional(Type.Array(Text(100), { maxItems: 20, uniqueItems: true })),
    opensOn: DateOnly,
    deadline: Type.Optional(DateOnly),
  },
  { additionalProperties: false },
);

export const NewSupportApplication = Type.Object(
  {
    roundId: Uuid,
    title: Text(200, 2),
    description: Text(4000, 10),
    startsOn: DateOnly,
    endsOn: DateOnly,
    wijkCode: Text(20),
    targetGroup: Text(200, 2),
    expectedReach: Type.Integer({ minimum: 1, maximum: 100000 }),
    budgetCents: PositiveCents,
    supportKind: SupportKind,
    pricePerParticipantCents: Type.Optional(
      Type.Integer({ minimum: 0, description: 'per_participant: what one participant would pay without support' }),
    ),
    askedCents: PositiveCents,
  },
  { additionalProperties: false },
);

export const Scores = Type.Object(
  {
    reach: Type.Integer({ minimum: 1, maximum: 5 }),
    targetGroup: Type.Integer({ minimum: 1, maximum: 5 }),
    quality: Type.Integer({ minimum: 1, maximum: 5 }),
    costs: Type.Integer({ minimum: 1, maximum: 5 }),
  },
  { additionalProperties: false, description: 'The scoring form: 1 (weak) to 5 (strong)' },
);

export const ApplicationDecision = Type.Object(
  {
    approve: Type.Boolean(),
    scores: Scores,
    reason: Text(2000, 5),
    grantedCents: Type.Optional(PositiveCents),
    advancePercent: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 100,
        description: 'lump_sum: paid on approval; the rest after the report. Default 75',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ApplicationReport = Type.Object(
  {
    participants: Type.Integer({ minimum: 0, maximum: 100000 }),
    evaluation: Text(4000, 10),
  },
  { additionalProperties: false },
);

export const SupportApplication = Type.Object(
  {
    id: Uuid,
    partner: Type.Object({ id: Uuid, name: Type.String() }),
    roundId: Uuid,
    roundName: Type.String(),
    title: Type.String(),
    description: Type.String(),
    startsOn: DateOnly,
    endsOn: DateOnly,
    wijk: Type.Object({ code: Type.String(), name: Type.String() }),
    targetGroup: Type.String(),
    expectedReach: Type.Integer(),
    budgetCents: PositiveCents,
    supportKind: SupportKind,
    pricePerParticipantCents: Type.Union([Type.Integer(), Type.Null()]),
    askedCents: PositiveCents,
    status: ApplicationStatus,
    priority: Type.Object({
      wijk: Type.Boolean({ description: 'The wijk is a priority of the round' }),
      targetGroup: Type.Boolean({ description: 'The target group is a priority of the round' }),
    }),
    scores: Type.Union([Scores, Type.Null()]),
    decisionReason: Type.Union([Type.String(), Type.Null()]),
    grantedCents: Type.Union([Type.Integer(), Type.Null()]),
    grantedPerParticipantCents: Type.Union([Type.Integer(), Type.Null()]),
    paidCents: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Paid out of the actiebudget so far; per participant null below 10 participants',
    }),
    offerId: Type.Union([Uuid, Type.Null()], { description: 'per_participant: the offer on the pass' }),
    participants: Type.Object({
      onThePass: DisclosedCount,
      reported: Type.Union([Type.Integer(), Type.Null()], { description: "The partner's own count" }),
    }),
    evaluation: Type.Union([Type.String(), Type.Null()]),
    decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'SupportApplication' },
);

export const MyPartner = Type.Object({
  partner: Partner,
  applications: Type.Array(SupportApplication),
});
