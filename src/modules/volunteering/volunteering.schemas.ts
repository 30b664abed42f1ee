import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/schemas.ts';

/** What goes in and out of the volunteers' information platform. */
const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
const IsoDate = Type.String({ format: 'date' });
const Wijk = Type.Object({ code: Type.String(), name: Type.String() });
export const TimeSlot = Type.Union(
  [Type.Literal('weekday_daytime'), Type.Literal('weekday_evening'), Type.Literal('weekend')],
  { description: 'weekday_daytime, weekday_evening or weekend' },
);
export const VacancyAudience = Type.Union(
  [Type.Literal('young'), Type.Literal('mbo'), Type.Literal('hbo'), Type.Literal('short_project')],
  { description: 'young people, MBO students, HBO students, or a short project' },
);
const Tags = Type.Array(Text(40), { maxItems: 12, description: 'Interests: words such as koken, taal, vervoer' });
const Slots = Type.Array(TimeSlot, { maxItems: 3, uniqueItems: true });
export const InfoTopic = Type.Union([
  Type.Literal('insurance'),
  Type.Literal('vog'),
  Type.Literal('permits'),
  Type.Literal('courses'),
  Type.Literal('legal_forms'),
  Type.Literal('finances'),
  Type.Literal('wijkmanager'),
  Type.Literal('other'),
]);

export const InfoPageSummary = Type.Object({
  id: Uuid,
  slug: Type.String(),
  topic: InfoTopic,
  title: Type.String(),
  summary: Type.String(),
  published: Type.Boolean(),
});
export const InfoPage = Type.Composite([
  InfoPageSummary,
  Type.Object({ bodyMarkdown: Type.String(), updatedAt: Type.String({ format: 'date-time' }) }),
]);
export const NewInfoPage = Type.Object(
  {
    slug: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,59}$' }),
    topic: InfoTopic,
    title: Text(200, 2),
    summary: Type.Optional(Text(500, 0)),
    bodyMarkdown: Text(20_000),
    sortOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
    published: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const Vacancy = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  partner: Type.Object({ id: Uuid, name: Type.String() }),
  wijk: Wijk,
  interests: Type.Array(Type.String()),
  times: Type.Array(TimeSlot),
  audiences: Type.Array(VacancyAudience),
  hoursPerWeek: Type.Union([Type.Integer(), Type.Null()]),
  endsOn: Type.Union([IsoDate, Type.Null()]),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
});
export const NewVacancy = Type.Object(
  {
    title: Text(200, 2),
    description: Text(4000, 10),
    wijkCode: Text(20),
    interests: Tags,
    times: Slots,
    audiences: Type.Optional(Type.Array(VacancyAudience, { maxItems: 4, uniqueItems: true })),
    hoursPerWeek: Type.Optional(Type.Integer({ minimum: 1, maximum: 40 })),
    endsOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export const VacancyQuery = Type.Object(
  {
    wijk: Type.Optional(Text(20)),
    audience: Type.Optional(VacancyAudience),
    interest: Type.Optional(Text(40)),
  },
  { additionalProperties: false },
);

export const HelpRequest = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  wijk: Wijk,
  interest: Type.String(),
  times: Type.Array(TimeSlot),
  createdAt: Type.String({ format: 'date-time' }),
});
export const OwnHelpRequest = Type.Composite([
  HelpRequest,
  Type.Object({
    status: Type.Union([
      Type.Literal('pending'),
      Type.Literal('published'),
      Type.Literal('rejected'),
      Type.Literal('closed'),
    ]),
    moderationReason: Type.Union([Type.String(), Type.Null()]),
  }),
]);
export const NewHelpRequest = Type.Object(
  { title: Text(120, 2), description: Text(2000, 10), wijkCode: Text(20), interest: Text(40), times: Slots },
  { additionalProperties: false },
);
export const Moderation = Type.Object(
  { approve: Type.Boolean(), reason: Type.Optional(Text(500)) },
  { additionalProperties: false },
);

export const VolunteerProfileInput = Type.Object(
  {
    displayName: Text(60, 2),
    about: Type.Optional(Text(1000, 0)),
    interests: Tags,
    wijkCodes: Type.Array(Text(20), { minItems: 1, maxItems: 12, uniqueItems: true }),
    times: Type.Array(TimeSlot, { minItems: 1, maxItems: 3, uniqueItems: true }),
    skills: Type.Optional(Type.Array(Text(60), { maxItems: 12 })),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const VolunteerProfile = Type.Object({
  id: Uuid,
  displayName: Type.String(),
  about: Type.String(),
  interests: Type.Array(Type.String()),
  wijken: Type.Array(Wijk),
  times: Type.Array(TimeSlot),
  skills: Type.Array(Type.String()),
  active: Type.Boolean(),
});
const Why = Type.Object({
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  sameWijk: Type.Boolean(),
  interests: Type.Array(Type.String(), { description: 'The interests both share' }),
  times: Type.Array(TimeSlot, { description: 'The times both have' }),
});
export const VolunteerSuggestions = Type.Object({
  vacancies: Type.Array(Type.Composite([Vacancy, Type.Object({ match: Why })])),
  helpRequests: Type.Array(Type.Composite([HelpRequest, Type.Object({ match: Why })])),
});
export const SuggestedVolunteer = Type.Object({
  profileId: Uuid,
  displayName: Type.String(),
  about: Type.String(),
  interests: Type.Array(Type.String()),
  wijken: Type.Array(Wijk),
  times: Type.Array(TimeSlot),
  skills: Type.Array(Type.String()),
  match: Why,
});

export const NewMatch = Type.Object(
  {
    vacancyId: Type.Optional(Uuid),
    helpRequestId: Type.Optional(Uuid),
    profileId: Type.Optional(Uuid),
    message: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);
export const Match = Type.Object({
  id: Uuid,
  about: Type.Object({
    kind: Type.Union([Type.Literal('vacancy'), Type.Literal('help_request')]),
    id: Uuid,
    title: Type.String(),
  }),
  myRole: Type.Union([Type.Literal('volunteer'), Type.Literal('owner')]),
  proposedBy: Type.Union([Type.Literal('volunteer'), Type.Literal('owner')]),
  status: Type.Union([Type.Literal('proposed'), Type.Literal('accepted'), Type.Literal('declined')]),
  canDecide: Type.Boolean({ description: 'true: it is up to me to accept or decline' }),
  iShare: Type.Boolean(),
  theyShare: Type.Boolean(),
  counterpart: Type.Object({
    name: Type.Union([Type.String(), Type.Null()], {
      description: "A help request's author only once the match is accepted",
    }),
    email: Type.Union([Type.String(), Type.Null()], { description: 'Only when both sides agreed to share details' }),
  }),
  messages: Type.Array(
    Type.Object({ fromMe: Type.Boolean(), body: Type.String(), at: Type.String({ format: 'date-time' }) }),
  ),
  createdAt: Type.String({ format: 'date-time' }),
});
export const MatchDecision = Type.Object({ accept: Type.Boolean() }, { additionalProperties: false });
export const NewMessage = Type.Object({ body: Text(1000) }, { additionalProperties: false });

export const DepotItem = Type.Object({
  id: Uuid,
  name: Type.String(),
  category: Type.String(),
  description: Type.String(),
  booked: Type.Array(Type.Object({ startsOn: IsoDate, endsOn: IsoDate }), {
    description: 'Days already reserved (from today)',
  }),
});
export const NewDepotItem = Type.Object(
  { name: Text(120, 2), category: Type.Optional(Text(60, 0)), description: Type.Optional(Text(1000, 0)) },
  { additionalProperties: false },
);
export const DepotReservation = Type.Object({
  id: Uuid,
  item: Type.Object({ id: Uuid, name: Type.String() }),
  partner: Type.Object({ id: Uuid, name: Type.String() }),
  startsOn: IsoDate,
  endsOn: IsoDate,
  purpose: Type.String(),
  status: Type.Union([
    Type.Literal('reserved'),
    Type.Literal('handed_out'),
    Type.Literal('returned'),
    Type.Literal('cancelled'),
  ]),
  returnNote: Type.Union([Type.String(), Type.Null()]),
});
export const NewDepotReservation = Type.Object(
  { itemId: Uuid, startsOn: IsoDate, endsOn: IsoDate, purpose: Type.Optional(Text(500, 0)) },
  { additionalProperties: false },
);
export const DepotReturn = Type.Object({ note: Type.Optional(Text(500, 0)) }, { additionalProperties: false });
export const DepotWish = Type.Object({ wish: Text(120, 2) }, { additionalProperties: false });
export const DepotDemand = Type.Object({
  items: Type.Array(
    Type.Object({
      what: Type.String(),
      itemId: Type.Union([Uuid, Type.Null()]),
      asked: Type.Integer({ description: 'Reservations asked in the last 12 months, refused ones included' }),
      refused: Type.Integer({ description: 'Of which refused because the item was booked' }),
    }),
  ),
});

export const Space = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal('offer'), Type.Literal('request')]),
  title: Type.String(),
  description: Type.String(),
  wijk: Wijk,
  capacity: Type.Integer(),
  ownerName: Type.String(),
  availability: Type.String(),
  mine: Type.Boolean(),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  matches: Type.Array(Uuid, { description: 'For a request: open offers in its wijk with room enough' }),
});
export const NewSpace = Type.Object(
  {
    kind: Type.Union([Type.Literal('offer'), Type.Literal('request')]),
    title: Text(200, 2),
    description: Type.Optional(Text(2000, 0)),
    wijkCode: Text(20),
    capacity: Type.Integer({ minimum: 1, maximum: 10_000 }),
    ownerName: Type.Optional(Text(120, 2)),
    availability: Type.Optional(Text(300, 0)),
  },
  { additionalProperties: false },
);

export const ExpertiseBank = Type.Object({
  skills: Type.Array(
    Type.Object({
      skill: Type.String(),
      volunteers: Type.Object({
        value: Type.Union([Type.Integer({ minimum: 10 }), Type.Null()]),
        suppressed: Type.Boolean(),
      }),
    }),
  ),
});
export const NewSharedNeed = Type.Object(
  {
    kind: Type.Union([Type.Literal('course'), Type.Literal('purchase')]),
    subject: Text(120, 2),
    note: Type.Optional(Text(500, 0)),
  },
  { additionalProperties: false },
);
export const SharedNeeds = Type.Object({
  mine: Type.Array(Type.Object({ id: Uuid, kind: Type.String(), subject: Type.String(), note: Type.String() })),
  signals: Type.Array(
    Type.Object({
      kind: Type.Union([Type.Literal('course'), Type.Literal('purchase')]),
      subject: Type.String(),
      partners: Type.Array(Type.String(), { description: 'The initiatives that asked for the same' }),
    }),
    { description: 'A course or a purchase that two or more initiatives need: they could share it' },
  ),
});
