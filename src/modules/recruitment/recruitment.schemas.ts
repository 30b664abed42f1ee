import { Type } from '@sinclair/typebox';
import { DateOnly, Uuid } from '../../http/schemas.ts';
import { DisclosedFigure } from '../insight/insight.schemas.ts';
import { ProviderKind } from '../providers/providers.schemas.ts';

/** What goes in and out of the recruitment endpoints; the presenters return their `Static<>` types. */

const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) });
const Required = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...(description ? { description } : {}) });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const LeadStage = Type.Union(
  [
    Type.Literal('lead'),
    Type.Literal('first_conversation'),
    Type.Literal('follow_up'),
    Type.Literal('joined'),
    Type.Literal('not_now'),
  ],
  { description: 'lead, first conversation, follow-up, joined, not now' },
);
export const OpenLeadStage = Type.Union([
  Type.Literal('lead'),
  Type.Literal('first_conversation'),
  Type.Literal('follow_up'),
  Type.Literal('not_now'),
]);
export const WijkCode = Type.String({ pattern: '^WK[0-9]{6}$', description: 'CBS wijk code' });
export const Position = Type.Object(
  {
    latitude: Type.Number({ minimum: -90, maximum: 90 }),
    longitude: Type.Number({ minimum: -180, maximum: 180 }),
  },
  { additionalProperties: false },
);

const leadFields = {
  name: Required(200, 'The business or organisation to win'),
  kind: Type.Optional(ProviderKind),
  contactName: Type.Optional(Text(200)),
  email: Type.Optional(Type.Union([Type.Literal(''), Type.String({ format: 'email', maxLength: 200 })])),
  phone: Type.Optional(Text(40)),
  street: Type.Optional(Text(200)),
  postcode: Type.Optional(Text(10)),
  city: Type.Optional(Text(100)),
  kvkNumber: Type.Optional(Type.Union([Type.Literal(''), Type.String({ pattern: '^[0-9]{8}$' })])),
  routeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  wijkCode: Type.Optional(Type.Union([WijkCode, Type.Null()])),
  ownerUserId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  nextStepOn: Type.Optional(Type.Union([DateOnly, Type.Null()])),
  notes: Type.Optional(Text(4000)),
  position: Type.Optional(
    Type.Union([Position, Type.Null()], { description: 'Where it is; the wijk follows from it when none is given' }),
  ),
};

export const NewLead = Type.Object(
  {
    ...leadFields,
    stage: Type.Optional(OpenLeadStage),
    source: Type.Optional(
      Type.String({ pattern: '^[a-z_]{1,40}$', description: 'Who handed the lead in; default board (or wijkmanager)' }),
    ),
  },
  { additionalProperties: false },
);

export const LeadUpdate = Type.Object(
  { ...leadFields, version: Type.Integer({ minimum: 1, description: 'The version you looked at' }) },
  { additionalProperties: false },
);

export const SignUpDetails = Type.Object(
  {
    contactName: Required(200),
    email: Type.String({ format: 'email', maxLength: 200 }),
    iban: Type.String({ minLength: 1, maxLength: 50, description: 'Checked with mod-97 (ISO 13616)' }),
    accountHolderName: Required(200),
    termsAccepted: Type.Boolean({ description: 'The organisation accepted the terms for providers' }),
    kvkNumber: Type.Optional(Type.Union([Type.Literal(''), Type.String({ pattern: '^[0-9]{8}$' })])),
    description: Type.Optional(Text(2000)),
    website: Type.Optional(Text(300)),
  },
  { additionalProperties: false },
);

export const StageChange = Type.Object(
  {
    stage: LeadStage,
    version: Type.Integer({ minimum: 1, description: 'The version you looked at; another gives 409' }),
    comment: Type.Optional(Text(2000)),
    nextStepOn: Type.Optional(Type.Union([DateOnly, Type.Null()])),
    signUp: Type.Optional(SignUpDetails),
  },
  {
    additionalProperties: false,
    description: 'To joined: signUp is required, and the lead becomes a provider sign-up with its details filled in.',
  },
);

export const Lead = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    kind: ProviderKind,
    contactName: Type.String(),
    email: Type.String(),
    phone: Type.String(),
    street: Type.String(),
    postcode: Type.String(),
    city: Type.String(),
    kvkNumber: Nullable(Type.String()),
    route: Type.Union([Type.Object({ id: Uuid, slug: Type.String(), name: Type.String() }), Type.Null()]),
    wijk: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()]),
    owner: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()]),
    stage: LeadStage,
    nextStepOn: Nullable(DateOnly),
    notes: Type.String(),
    source: Type.String(),
    sourceName: Type.Union([Type.String(), Type.Null()], { description: 'Who handed it in, by name (supportgroep)' }),
    position: Type.Union([Position, Type.Null()]),
    applicationId: Type.Union([Uuid, Type.Null()], { description: 'The provider sign-up it became when it joined' }),
    joinedAt: Nullable(Type.String({ format: 'date-time' })),
    version: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'RecruitmentLead' },
);

export const LeadEvent = Type.Object({
  occurredAt: Type.String({ format: 'date-time' }),
  actorName: Type.String(),
  fromStage: Type.Union([LeadStage, Type.Null()]),
  toStage: LeadStage,
  comment: Nullable(Type.String()),
});

export const LeadsQuery = Type.Object(
  {
    stage: Type.Optional(LeadStage),
    routeId: Type.Optional(Uuid),
    wijkCode: Type.Optional(WijkCode),
    q: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

export const LeadImportQuery = Type.Object(
  { dryRun: Type.Optional(Type.Boolean({ default: false })) },
  { additionalProperties: false },
);

export const LeadImportResult = Type.Object({
  dryRun: Type.Boolean(),
  rows: Type.Integer({ minimum: 0 }),
  imported: Type.Integer({ minimum: 0 }),
  problems: Type.Array(Type.Object({ line: Type.Integer(), field: Type.String(), reason: Type.String() })),
  preview: Type.Array(
    Type.Object({
      line: Type.Integer(),
      name: Type.String(),
      route: Nullable(Type.String()),
      wijk: Nullable(Type.String()),
      stage: LeadStage,
    }),
  ),
});

export const WijkAssignment = Type.Object({
  userId: Uuid,
  name: Type.String(),
  email: Type.String(),
  wijkCodes: Type.Array(Type.String()),
});

export const WijkAssignmentBody = Type.Object(
  { wijkCodes: Type.Array(WijkCode, { maxItems: 50, uniqueItems: true }) },
  { additionalProperties: false },
);

export const BoardContext = Type.Object({
  routes: Type.Array(Type.Object({ id: Uuid, slug: Type.String(), name: Type.String() })),
  wijken: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  owners: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
  ownWijkCodes: Type.Union([Type.Array(Type.String()), Type.Null()], {
    description: 'For a wijkmanager: the wijken they add leads for; null for the pass organisation',
  }),
});

export const GapMatrix = Type.Object({
  routes: Type.Array(Type.Object({ id: Uuid, slug: Type.String(), name: Type.String() })),
  wijken: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  cells: Type.Array(
    Type.Object({
      routeId: Uuid,
      wijkCode: Type.String(),
      offers: Type.Integer({
        minimum: 0,
        description: 'Published offers valid today on this route at a location in this wijk',
      }),
      openLeads: Type.Integer({ minimum: 0 }),
      gap: Type.Boolean({ description: 'No live offer here' }),
    }),
  ),
  gaps: Type.Integer({ minimum: 0 }),
  today: DateOnly,
});

/** Leads with a position, shaped like the wijkkaart's locations so its map can draw them. */
export const LeadMapCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(
    Type.Object({
      type: Type.Literal('Feature'),
      id: Uuid,
      geometry: Type.Object({
        type: Type.Literal('Point'),
        coordinates: Type.Array(Type.Number(), { minItems: 2, maxItems: 2, description: '[longitude, latitude]' }),
      }),
      properties: Type.Object({
        name: Type.String(),
        address: Type.String(),
        wijkCode: Type.String(),
        stage: LeadStage,
        provider: Type.Object({ id: Uuid, name: Type.String(), kind: ProviderKind }),
        offers: Type.Array(Type.Object({ id: Uuid, title: Type.String() }), { maxItems: 0 }),
      }),
    }),
  ),
});

// Campaigns

export const CampaignKind = Type.Union([
  Type.Literal('recruitment'),
  Type.Literal('pass_sales'),
  Type.Literal('solidarity'),
  Type.Literal('festival'),
  Type.Literal('usage'),
]);

const Goal = Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 1_000_000 }), Type.Null()]));

export const CampaignInput = Type.Object(
  {
    name: Required(200),
    kind: Type.Optional(CampaignKind),
    routeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    targetGroup: Type.Optional(Type.Union([Text(200), Type.Null()])),
    startsOn: DateOnly,
    endsOn: DateOnly,
    description: Type.Optional(Text(4000)),
    goalProviders: Goal,
    goalOffers: Goal,
    goalRedemptions: Goal,
    goalPassesSold: Goal,
  },
  { additionalProperties: false },
);

const Result = Type.Object({ goal: Type.Union([Type.Integer(), Type.Null()]), actual: Type.Integer() });
const PeopleResult = Type.Object({ goal: Type.Union([Type.Integer(), Type.Null()]), actual: DisclosedFigure });

export const Campaign = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    kind: CampaignKind,
    route: Type.Union([
      Type.Object({ id: Uuid, slug: Type.String(), name: Type.String(), color: Type.String() }),
      Type.Null(),
    ]),
    targetGroup: Nullable(Type.String()),
    startsOn: DateOnly,
    endsOn: DateOnly,
    description: Type.String(),
    results: Type.Object(
      {
        providersRecruited: Result,
        offersPublished: Result,
        redemptions: PeopleResult,
        passesSold: PeopleResult,
        holdersReached: Type.Object({ actual: DisclosedFigure }),
      },
      {
        description:
          'From the platform’s own data in the period (and on the route); people counted under 10 are suppressed',
      },
    ),
  },
  { $id: 'Campaign' },
);

export const CampaignsQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);

// Promotion material

export const RouteParams = Type.Object({ routeId: Uuid });
export const WijkParams = Type.Object({ wijkCode: WijkCode });
export const ProviderParams = Type.Object({ providerId: Uuid });
export const OfferParams = Type.Object({ offerId: Uuid });
export const PosterQuery = Type.Object(
  {
    size: Type.Optional(
      Type.Union([Type.Literal('A3'), Type.Literal('A5')], { default: 'A3', description: 'A3 poster or A5 flyer' }),
    ),
  },
  { additionalProperties: false },
);

// Relationships and social credit

export const RelationshipNoteKind = Type.Union([
  Type.Literal('contact'),
  Type.Literal('agreement'),
  Type.Literal('history'),
]);
export const NewRelationshipNote = Type.Object(
  { kind: RelationshipNoteKind, notedOn: DateOnly, body: Required(4000) },
  { additionalProperties: false },
);
export const RelationshipNote = Type.Object({
  id: Uuid,
  kind: RelationshipNoteKind,
  notedOn: DateOnly,
  body: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});
export const StilleKracht = Type.Object({
  id: Uuid,
  name: Type.String(),
  status: Type.String(),
  liveOffers: Type.Integer(),
  lastContactOn: Nullable(DateOnly),
});

export const SocialCredit = Type.Object({
  providerId: Uuid,
  name: Type.String(),
  reasons: Type.Array(Type.Union([Type.Literal('social_offers'), Type.Literal('sponsor')]), {
    description:
      'Why it has the mark: social_offers (free or lower-priced offers for pass holders) or sponsor; never who used the offers',
  }),
});
