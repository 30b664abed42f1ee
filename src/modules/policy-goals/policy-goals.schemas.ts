import { Type, type Static } from '@sinclair/typebox';
import { DateOnly, Uuid } from '../../http/schemas.ts';
import { WijkReach } from '../dashboards/dashboards.schemas.ts';
import { DisclosedFigure } from '../insight/insight.schemas.ts';

export const TargetGroup = Type.Union(
  [Type.Literal('low_income'), Type.Literal('carer'), Type.Literal('child'), Type.Literal('regular')],
  { description: 'The pass category whose reach the kansenkaart shows' },
);
export const OpportunityStatus = Type.Union([
  Type.Literal('idea'),
  Type.Literal('planned'),
  Type.Literal('running'),
  Type.Literal('evaluated'),
]);
export const GamePlanPhase = Type.Union([
  Type.Literal('starten'),
  Type.Literal('aanzetten'),
  Type.Literal('versnellen'),
  Type.Literal('finishen'),
]);
export const GamePlanStatus = Type.Union([Type.Literal('todo'), Type.Literal('doing'), Type.Literal('done')]);
export const TagSubject = Type.Union([
  Type.Literal('offer'),
  Type.Literal('scheme'),
  Type.Literal('support_application'),
  Type.Literal('event'),
]);
const Text = (max: number) => Type.String({ maxLength: max });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const PolicyGoal = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  targetGroup: TargetGroup,
  tags: Type.Integer(),
  opportunities: Type.Integer(),
  mine: Type.Boolean({ description: 'The caller is one of its beleidsmedewerkers' }),
});

export const PolicyGoalInput = Type.Object(
  {
    slug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 60 }),
    name: Name,
    description: Text(2000),
    targetGroup: TargetGroup,
  },
  { additionalProperties: false },
);

export const OfficersInput = Type.Object(
  { userIds: Type.Array(Uuid, { maxItems: 100 }) },
  { additionalProperties: false },
);

export const Tag = Type.Object({ type: TagSubject, id: Uuid });
export const TagsInput = Type.Object({ tags: Type.Array(Tag, { maxItems: 500 }) }, { additionalProperties: false });
export const NamedTag = Type.Object({ type: TagSubject, id: Uuid, name: Type.Union([Type.String(), Type.Null()]) });

export const OpportunityLink = Type.Object({
  type: Type.Union([Type.Literal('offer'), Type.Literal('scheme'), Type.Literal('event')]),
  id: Uuid,
});

export const Opportunity = Type.Object({
  id: Uuid,
  goalId: Uuid,
  title: Type.String(),
  description: Type.String(),
  status: OpportunityStatus,
  ownerName: Type.String(),
  links: Type.Array(OpportunityLink),
  createdAt: Type.String({ format: 'date-time' }),
});
export type OpportunityBody = Static<typeof Opportunity>;

export const OpportunityInput = Type.Object(
  {
    title: Name,
    description: Text(4000),
    ownerName: Name,
    status: Type.Optional(OpportunityStatus),
    links: Type.Array(OpportunityLink, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export const OpportunityStatusInput = Type.Object({ status: OpportunityStatus }, { additionalProperties: false });

export const Kansenkaart = Type.Object({
  goal: PolicyGoal,
  year: Type.Integer(),
  tags: Type.Array(NamedTag),
  opportunities: Type.Array(Opportunity),
  wijken: Type.Array(WijkReach),
});

export const BuurtReach = Type.Object({
  wijkCode: Type.String(),
  shown: Type.Boolean({
    description:
      "False when the wijk's own figure is hidden (rule of 10): then no buurt is shown, since the buurten would add up to it",
  }),
  buurten: Type.Array(
    Type.Object({
      buurtCode: Type.String({
        description: 'CBS buurt code; `unknown` for holders without a buurt of this wijk (always there)',
      }),
      buurtName: Type.String({ description: 'The CBS name, or the code when the name is not known' }),
      holdersReached: DisclosedFigure,
    }),
    { description: 'Each buurt under the rule of 10, with complementary suppression against the wijk figure' },
  ),
});

export const GamePlanAction = Type.Object({
  id: Uuid,
  phase: GamePlanPhase,
  title: Type.String(),
  ownerName: Type.String(),
  status: GamePlanStatus,
  dueOn: Type.Union([DateOnly, Type.Null()]),
});
export const GamePlanActionChange = Type.Object(
  {
    status: Type.Optional(GamePlanStatus),
    ownerName: Type.Optional(Name),
    dueOn: Type.Optional(Type.Union([DateOnly, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const AnnualPlanEntryInput = Type.Object(
  {
    goals: Text(4000),
    onThePass: Text(4000),
    scheme: Text(2000),
    contribution: Text(4000),
    priorities: Text(4000),
  },
  { additionalProperties: false },
);

export const AnnualPlanEntry = Type.Object({
  goalId: Uuid,
  goalName: Type.String(),
  goals: Type.String(),
  onThePass: Type.String(),
  scheme: Type.String(),
  contribution: Type.String(),
  priorities: Type.String(),
  results: Type.Object({
    holdersReached: DisclosedFigure,
    reachPercent: DisclosedFigure,
    taggedOffers: Type.Integer(),
    opportunitiesRunning: Type.Integer(),
  }),
});
export const AnnualPlan = Type.Object({ year: Type.Integer(), entries: Type.Array(AnnualPlanEntry) });
export type AnnualPlanBody = Static<typeof AnnualPlan>;
