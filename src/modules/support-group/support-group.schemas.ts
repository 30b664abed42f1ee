import { Type } from '@sinclair/typebox';
import { DateOnly, Uuid } from '../../http/schemas.ts';
import { ProviderKind } from '../providers/providers.schemas.ts';

/** What goes in and out of the supportgroep endpoints. */

const L = Type.Literal;
const Required = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...(description ? { description } : {}) });
const Text = (maxLength: number) => Type.String({ maxLength });

export const MemberKind = Type.Union([L('business'), L('volunteer_initiative'), L('civil_servant')], {
  description: 'business, volunteer_initiative (a representative of one) or civil_servant',
});
export const RsvpAnswer = Type.Union([L('yes'), L('no'), L('maybe')]);

export const NewMember = Type.Object(
  {
    name: Required(200),
    email: Type.String({ format: 'email', maxLength: 200 }),
    organisation: Type.Optional(Text(200)),
    kind: MemberKind,
    policyGoalId: Type.String({ format: 'uuid', description: 'The opgave the member is linked to' }),
  },
  { additionalProperties: false },
);

const GoalRef = Type.Object({ id: Uuid, name: Type.String() });

export const Member = Type.Object({
  id: Uuid,
  name: Type.String(),
  email: Type.String(),
  organisation: Type.String(),
  kind: MemberKind,
  policyGoal: GoalRef,
  leadCount: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
});
export const MemberList = Type.Object({ items: Type.Array(Member) });

export const NewTip = Type.Object(
  {
    name: Required(200, 'The business or organisation that could join the pass'),
    kind: Type.Optional(ProviderKind),
    contactName: Type.Optional(Text(200)),
    email: Type.Optional(Type.Union([L(''), Type.String({ format: 'email', maxLength: 200 })])),
    phone: Type.Optional(Text(40)),
    wijkCode: Type.Optional(Type.Union([Type.String({ pattern: '^WK[0-9]{6}$' }), Type.Null()])),
    routeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    notes: Type.Optional(Text(4000)),
  },
  { additionalProperties: false },
);
export const TipCreated = Type.Object({ leadId: Uuid });

export const MyMembership = Type.Object({
  member: Member,
  leads: Type.Array(Type.Object({ leadId: Uuid, passedOnAt: Type.String({ format: 'date-time' }) })),
});

export const NewMeeting = Type.Object(
  {
    title: Required(200),
    startsAt: Type.String({ format: 'date-time' }),
    place: Type.Optional(Text(300)),
    onlineUrl: Type.Optional(
      Type.Union([Type.String({ format: 'uri', pattern: '^https://', maxLength: 500 }), Type.Null()]),
    ),
    agenda: Type.Optional(Text(8000)),
  },
  { additionalProperties: false },
);

export const MeetingNotes = Type.Object({ notes: Text(20000) }, { additionalProperties: false });
export const Rsvp = Type.Object({ answer: RsvpAnswer }, { additionalProperties: false });
export const NewAction = Type.Object(
  { description: Required(1000), ownerName: Required(200), dueOn: DateOnly },
  { additionalProperties: false },
);

export const Action = Type.Object({
  id: Uuid,
  description: Type.String(),
  ownerName: Type.String(),
  dueOn: Type.String({ format: 'date' }),
  done: Type.Boolean(),
});

export const Meeting = Type.Object({
  id: Uuid,
  title: Type.String(),
  startsAt: Type.String({ format: 'date-time' }),
  place: Type.String(),
  onlineUrl: Type.Union([Type.String(), Type.Null()]),
  agenda: Type.String(),
  notes: Type.String(),
  answers: Type.Object({ yes: Type.Integer(), no: Type.Integer(), maybe: Type.Integer() }),
  myAnswer: Type.Union([RsvpAnswer, Type.Null()], { description: 'For a member: their own answer' }),
  attendees: Type.Array(Type.Object({ name: Type.String(), answer: RsvpAnswer }), {
    description: 'Who answered what (the pass organisation only; empty for members)',
  }),
  actions: Type.Array(Action),
});
export const MeetingList = Type.Object({ items: Type.Array(Meeting) });

export const MeetingParams = Type.Object({ meetingId: Uuid });
export const ActionParams = Type.Object({ actionId: Uuid });
export const ActionDone = Type.Object({ done: Type.Boolean() }, { additionalProperties: false });
