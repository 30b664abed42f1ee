import { Type, type TSchema } from '@sinclair/typebox';
import { DateOnly, PageMeta, Uuid } from '../../http/schemas.ts';

/** What goes in and out of the application endpoints; the presenters return their `Static<>` types. */

const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ApplicationGround = Type.Union([Type.Literal('minimum'), Type.Literal('carer')], {
  description: 'minimum: income up to 120% of the social minimum; carer: mantelzorger',
});
export const ApplicationStatus = Type.Union([
  Type.Literal('submitted'),
  Type.Literal('information_requested'),
  Type.Literal('approved'),
  Type.Literal('rejected'),
  Type.Literal('withdrawn'),
]);
export const MemberRelation = Type.Union([Type.Literal('partner'), Type.Literal('child')]);
export const EvidenceMediaType = Type.Union([
  Type.Literal('application/pdf'),
  Type.Literal('image/jpeg'),
  Type.Literal('image/png'),
]);
export const ApplicationEventKind = Type.Union(
  [
    'submitted',
    'assigned',
    'information_requested',
    'answered',
    'evidence_added',
    'approved',
    'rejected',
    'withdrawn',
    'evidence_deleted',
  ].map((kind) => Type.Literal(kind)),
);

const Message = Type.String({ minLength: 1, maxLength: 2000 });

export const NewApplicantAccount = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.String({ format: 'email', maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const NewHouseholdMember = Type.Object(
  {
    relation: MemberRelation,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    birthDate: DateOnly,
  },
  { additionalProperties: false },
);

export const NewApplication = Type.Object(
  {
    ground: ApplicationGround,
    schemeId: Type.Optional({
      ...Uuid,
      description:
        'The published scheme that grants the pass (GET /schemes: grantsPass), which sets its price. Default: the cheapest (usually the free pass).',
    }),
    applicantBirthDate: Type.Optional(DateOnly),
    explanation: Type.Optional(Type.String({ maxLength: 2000 })),
    household: Type.Array(NewHouseholdMember, {
      maxItems: 12,
      description: 'The partner (at most one) and children under 18 the application is also for',
    }),
  },
  { additionalProperties: false },
);

export const ApplicationMessage = Type.Object({ message: Message }, { additionalProperties: false });

export const ApplicationAssignment = Type.Object({ reviewerId: Nullable(Uuid) }, { additionalProperties: false });

export const ApplicationDecision = Type.Object(
  {
    outcome: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]),
    reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Required when rejected' })),
    objectionInfo: Type.Optional(
      Type.String({ maxLength: 2000, description: 'How to object (bezwaar); required when rejected' }),
    ),
  },
  { additionalProperties: false },
);

export const EvidenceUploadQuery = Type.Object({
  fileName: Type.String({ minLength: 1, maxLength: 200, description: 'The file name, shown to the reviewer' }),
});

export const Evidence = Type.Object(
  {
    id: Uuid,
    fileName: Type.String(),
    mediaType: EvidenceMediaType,
    sizeBytes: Type.Integer(),
    uploadedAt: Timestamp,
    deletedAt: Nullable(Timestamp),
  },
  { $id: 'ApplicationEvidence' },
);

export const ApplicationEvent = Type.Object({
  kind: ApplicationEventKind,
  actorName: Type.String(),
  message: Type.String(),
  createdAt: Timestamp,
});

const Reviewer = Type.Object({ id: Uuid, name: Type.String() }, { $id: 'ApplicationReviewer' });

export const Application = Type.Object(
  {
    id: Uuid,
    ground: ApplicationGround,
    status: ApplicationStatus,
    applicant: Type.Object({
      name: Type.String(),
      email: Type.String(),
      birthDate: Type.Unsafe<string | null>({
        type: ['string', 'null'],
        format: 'date',
        description: 'YYYY-MM-DD, or null',
      }),
    }),
    household: Type.Array(Type.Object({ relation: MemberRelation, name: Type.String(), birthDate: DateOnly })),
    explanation: Type.String(),
    assignedTo: Nullable(Reviewer),
    submittedAt: Timestamp,
    updatedAt: Timestamp,
    decision: Nullable(
      Type.Object({
        outcome: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]),
        reason: Type.String(),
        objectionInfo: Type.String(),
        decidedBy: Type.String(),
        decidedAt: Timestamp,
      }),
    ),
    scheme: Nullable(Type.Object({ id: Uuid, title: Type.String() })),
    passPriceCents: Type.Integer({ description: 'The price of each pass this application grants: 0 is free' }),
    payment: Nullable(
      Type.Object(
        {
          orderId: Uuid,
          amountCents: Type.Integer(),
          status: Type.String({ description: 'The pass order status: open, paid, failed, canceled, expired, ...' }),
        },
        { description: 'Approved at a reduced price: the order to pay (POST /pass-orders/{orderId}/payments)' },
      ),
    ),
    evidence: Type.Array(Evidence),
    events: Type.Array(ApplicationEvent),
  },
  { $id: 'Application' },
);

export const ApplicationSummary = Type.Object(
  {
    id: Uuid,
    ground: ApplicationGround,
    status: ApplicationStatus,
    applicantName: Type.String(),
    householdSize: Type.Integer({ description: 'People the application is for, the applicant included' }),
    evidenceCount: Type.Integer(),
    assignedTo: Nullable(Reviewer),
    submittedAt: Timestamp,
  },
  { $id: 'ApplicationSummary' },
);

/** An application as the holder's file in Beheer lists it: what, when, and what the reviewer decided. */
export const HolderFileApplication = Type.Object(
  {
    id: Uuid,
    ground: ApplicationGround,
    status: ApplicationStatus,
    scheme: Nullable(Type.Object({ id: Uuid, title: Type.String() })),
    passPriceCents: Type.Integer({ description: 'The price of each pass this application grants: 0 is free' }),
    submittedAt: Timestamp,
    decision: Nullable(
      Type.Object({
        outcome: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]),
        reason: Type.String(),
        decidedBy: Type.String(),
        decidedAt: Timestamp,
      }),
    ),
  },
  { $id: 'HolderFileApplication' },
);

export const ApplicationList = Type.Object({ items: Type.Array(ApplicationSummary), page: PageMeta });

export const ApplicationReviewers = Type.Object({ items: Type.Array(Reviewer) });

export const ApplicationListQuery = Type.Object({
  status: Type.Optional(ApplicationStatus),
  ground: Type.Optional(ApplicationGround),
  assignedTo: Type.Optional(
    Type.String({ description: "A reviewer's id, 'me' or 'nobody'", pattern: '^(me|nobody|[0-9a-fA-F-]{36})$' }),
  ),
});
