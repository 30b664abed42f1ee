import { Type } from '@sinclair/typebox';
import { DateOnly, Uuid } from '../../http/schemas.ts';
import { DisclosedFigure } from '../insight/insight.schemas.ts';
import { QUESTION_KINDS } from './survey-rules.ts';

const Text = (max: number, description?: string) =>
  Type.String({ maxLength: max, ...(description ? { description } : {}) });
const Figures = Type.Record(Type.String(), DisclosedFigure);

export const SurveyAudience = Type.Union(
  [Type.Literal('residents'), Type.Literal('providers'), Type.Literal('panel')],
  { description: 'residents: the open needs scan; providers: providers answer; panel: invited panel members only' },
);
export const SurveyStatus = Type.Union([Type.Literal('draft'), Type.Literal('open'), Type.Literal('closed')]);

export const SurveyQuestion = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$', description: 'Stable across the rounds of a series' }),
    kind: Type.Union(QUESTION_KINDS.map((k) => Type.Literal(k))),
    text: Type.String({ minLength: 1, maxLength: 500 }),
    options: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
      maxItems: 30,
      description: 'Single and multiple choice only; the other kinds have fixed answers',
    }),
    required: Type.Boolean(),
    indicator: Type.Optional(
      Type.Literal('ease_of_use', {
        description:
          'Scale questions only: the answers feed the dashboard indicator "gebruiksvriendelijk ervaren" (4 or 5 is easy)',
      }),
    ),
  },
  { additionalProperties: false },
);

export const SurveyInput = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    intro: Text(2000),
    audience: SurveyAudience,
    questions: Type.Array(SurveyQuestion, { maxItems: 60 }),
  },
  { additionalProperties: false },
);

export const AdminSurvey = Type.Object({
  id: Uuid,
  seriesId: Uuid,
  round: Type.Integer(),
  title: Type.String(),
  intro: Type.String(),
  audience: SurveyAudience,
  status: SurveyStatus,
  questions: Type.Array(SurveyQuestion),
  responses: Type.Integer({ description: 'Responses so far (a count of responses, for the pass organisation only)' }),
  publicPath: Type.String({ description: 'Where residents answer it, on this site' }),
  openedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  closedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const PublicSurvey = Type.Object({
  id: Uuid,
  title: Type.String(),
  intro: Type.String(),
  audience: SurveyAudience,
  status: SurveyStatus,
  questions: Type.Array(SurveyQuestion),
  wijken: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
});

export const AnswerValue = Type.Union([
  Type.String({ maxLength: 2000 }),
  Type.Array(Type.String({ maxLength: 200 }), { maxItems: 30 }),
  Type.Integer(),
]);

export const NewSurveyResponse = Type.Object(
  {
    answers: Type.Record(Type.String({ maxLength: 40 }), AnswerValue),
    guard: Type.String({
      minLength: 16,
      maxLength: 100,
      description:
        'A random token the browser keeps for this survey; only its hash with the survey is stored, as a guard against answering twice',
    }),
    source: Type.Optional(Type.Union([Type.Literal('link'), Type.Literal('qr')])),
    invitation: Type.Optional(
      Type.String({ minLength: 16, maxLength: 100, description: 'Panel surveys: the token of the invitation' }),
    ),
    interview: Type.Optional(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 200 }),
          contact: Type.String({ minLength: 3, maxLength: 200, description: 'E-mail address or phone number' }),
        },
        { additionalProperties: false, description: 'Willing to be interviewed: stored apart from the answers' },
      ),
    ),
  },
  { additionalProperties: false },
);

export const GroupByQuery = Type.Object(
  { by: Type.Optional(Type.Union([Type.Literal('wijk'), Type.Literal('age_band'), Type.Literal('household')])) },
  { additionalProperties: false },
);

export const QuestionResult = Type.Object({
  questionId: Type.String(),
  kind: Type.String(),
  choices: Type.Array(Type.String()),
  cells: Type.Record(Type.String(), Figures),
  choiceTotals: Figures,
  answered: Figures,
  answeredTotal: DisclosedFigure,
  averages: Type.Union([Figures, Type.Null()]),
  average: Type.Union([DisclosedFigure, Type.Null()]),
});

export const SurveyResults = Type.Object({
  surveyId: Uuid,
  by: Type.String(),
  groups: Type.Array(Type.Object({ key: Type.String(), label: Type.String() })),
  respondents: Figures,
  respondentsTotal: DisclosedFigure,
  questions: Type.Array(QuestionResult),
  rounds: Type.Array(
    Type.Object({
      surveyId: Uuid,
      round: Type.Integer(),
      title: Type.String(),
      respondents: DisclosedFigure,
      questions: Type.Record(Type.String(), Figures),
    }),
    { description: 'Every round of the series, its totals per choice, to compare over time' },
  ),
});

export const OpenAnswer = Type.Object({
  responseId: Uuid,
  questionId: Type.String(),
  text: Type.String(),
  needIds: Type.Array(Uuid),
  providerName: Type.Union([Type.String(), Type.Null()], { description: 'Providers’ surveys only' }),
});

export const NeedCoding = Type.Object(
  { needIds: Type.Array(Uuid, { maxItems: 20, uniqueItems: true }) },
  { additionalProperties: false },
);

export const NeedInput = Type.Object(
  { title: Type.String({ minLength: 1, maxLength: 200 }), description: Text(2000) },
  { additionalProperties: false },
);

export const Need = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  answers: DisclosedFigure,
  offers: Type.Array(Type.Object({ id: Uuid, title: Type.String(), wijkCodes: Type.Array(Type.String()) })),
  wijkenWithoutOffer: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  recruitmentLeadId: Type.Union([Uuid, Type.Null()], {
    description: 'The lead on the recruitment board made from this need, if any',
  }),
});

export const NeedLeadInput = Type.Object(
  {
    name: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'The business or organisation to recruit; "Aanbod voor: <need>" when absent',
      }),
    ),
    wijkCode: Type.Optional(
      Type.String({ pattern: '^WK[0-9]{6}$', description: 'When absent: the one wijk without an offer, if one' }),
    ),
  },
  { additionalProperties: false },
);

export const NeedLead = Type.Object({
  leadId: Uuid,
  created: Type.Boolean({ description: 'False when the need was on the board already: this is that lead' }),
});

export const NeedOffersInput = Type.Object(
  { offerIds: Type.Array(Uuid, { maxItems: 100, uniqueItems: true }) },
  { additionalProperties: false },
);

export const InterviewContact = Type.Object({ id: Uuid, name: Type.String(), contact: Type.String(), on: DateOnly });

// ---- ratings ----

export const NewRating = Type.Object(
  {
    redemptionId: Uuid,
    stars: Type.Integer({ minimum: 1, maximum: 5 }),
    text: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);

export const RatingTextStatus = Type.Union([
  Type.Literal('none'),
  Type.Literal('pending'),
  Type.Literal('approved'),
  Type.Literal('rejected'),
]);

export const OwnRateable = Type.Object({
  redemptionId: Uuid,
  offerId: Uuid,
  offerTitle: Type.String(),
  providerName: Type.String(),
  usedOn: DateOnly,
  rating: Type.Union([
    Type.Object({ id: Uuid, stars: Type.Integer(), text: Type.String(), textStatus: RatingTextStatus }),
    Type.Null(),
  ]),
});

export const ProviderRating = Type.Object(
  {
    id: Uuid,
    offerId: Uuid,
    offerTitle: Type.String(),
    stars: Type.Integer(),
    text: Type.Union([Type.String(), Type.Null()], { description: 'Only once approved by the pass organisation' }),
    ratedIn: Type.String({ description: 'YYYY-MM: the month only, so a rating cannot be matched with a visit' }),
    reply: Type.Union([Type.String(), Type.Null()]),
  },
  { description: 'A rating as its provider sees it: never who gave it' },
);

export const ModerationRating = Type.Object({
  id: Uuid,
  offerTitle: Type.String(),
  providerName: Type.String(),
  stars: Type.Integer(),
  text: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const ModerationDecision = Type.Object(
  { decision: Type.Union([Type.Literal('approve'), Type.Literal('reject')]) },
  { additionalProperties: false },
);

export const RatingReply = Type.Object(
  { reply: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);

export const OfferRatingSummary = Type.Object({
  offerId: Uuid,
  ratings: DisclosedFigure,
  averageStars: DisclosedFigure,
  texts: Type.Array(
    Type.Object({ text: Type.String(), ratedIn: Type.String(), reply: Type.Union([Type.String(), Type.Null()]) }),
  ),
});

export const NewSuggestion = Type.Object(
  {
    kind: Type.Union([Type.Literal('new_offer'), Type.Literal('improvement')]),
    message: Type.String({ minLength: 1, maxLength: 2000 }),
    contactEmail: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const Suggestion = Type.Object({
  id: Uuid,
  kind: Type.String(),
  message: Type.String(),
  contactEmail: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

// ---- the panel ----

export const PanelMembership = Type.Object({
  member: Type.Boolean(),
  consentVersion: Type.Integer({ description: 'The version of the consent text the current one is' }),
  joinedOn: Type.Union([DateOnly, Type.Null()]),
});

export const PanelJoin = Type.Object(
  {
    consent: Type.Literal(true, { description: 'The holder read and agreed to the consent text' }),
    consentVersion: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

export const PanelSampleInput = Type.Object(
  {
    wijkCodes: Type.Array(Type.String({ maxLength: 20 }), { maxItems: 50, uniqueItems: true }),
    targetGroups: Type.Array(Type.Union([Type.Literal('regular'), Type.Literal('low_income'), Type.Literal('carer')]), {
      maxItems: 3,
      uniqueItems: true,
    }),
    size: Type.Integer({ minimum: 10, maximum: 5000 }),
  },
  { additionalProperties: false },
);

export const PanelSampleResult = Type.Object({
  invited: Type.Integer({ description: 'Always 10 or more: a smaller sample is refused' }),
});

export const PanelResponse = Type.Object({
  surveyId: Uuid,
  invited: DisclosedFigure,
  responded: DisclosedFigure,
  responseRate: DisclosedFigure,
  byWijk: Type.Array(
    Type.Object({ key: Type.String(), label: Type.String(), invited: DisclosedFigure, responded: DisclosedFigure }),
  ),
  byTargetGroup: Type.Array(Type.Object({ key: Type.String(), invited: DisclosedFigure, responded: DisclosedFigure })),
});

export const NewPanelQuestion = Type.Object(
  {
    organisation: Type.String({ minLength: 1, maxLength: 200, description: 'The service or partner asking' }),
    question: Type.String({ minLength: 1, maxLength: 500 }),
  },
  { additionalProperties: false },
);

export const PanelQuestion = Type.Object({
  id: Uuid,
  organisation: Type.String(),
  question: Type.String(),
  status: Type.String(),
  surveyId: Type.Union([Uuid, Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});

export const PanelQuestionDecision = Type.Object(
  {
    decision: Type.Union([Type.Literal('accept'), Type.Literal('decline')]),
    surveyId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
