import { Type, type Static } from '@sinclair/typebox';
import { DisclosedFigure } from '../insight/insight.schemas.ts';

export const CONDITIONS = [
  'rich-offer',
  'used-and-valued',
  'businesses',
  'feedback',
  'community-centres',
  'civil-servants',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export const ConditionParam = Type.Union(
  CONDITIONS.map((c) => Type.Literal(c)),
  { description: 'One of the six success conditions of the game plan' },
);

export const DashboardQuery = Type.Object({
  year: Type.Optional(
    Type.Integer({ minimum: 2000, maximum: 2100, description: 'Calendar year; this year when absent' }),
  ),
});

const Unit = Type.Union([Type.Literal('count'), Type.Literal('percent'), Type.Literal('cents'), Type.Literal('ratio')]);

export const Indicator = Type.Object({
  key: Type.String({ description: 'What the figure is; the web translates it' }),
  unit: Unit,
  figure: DisclosedFigure,
  available: Type.Boolean({ description: 'False when the platform does not measure it yet' }),
});

export const BreakdownItem = Type.Object({ key: Type.String(), label: Type.String(), figure: DisclosedFigure });
export const Breakdown = Type.Object({
  measure: Type.String({ description: 'What the figures of this breakdown count' }),
  unit: Unit,
  items: Type.Array(BreakdownItem),
});

export const Dashboard = Type.Object({
  condition: ConditionParam,
  year: Type.Integer(),
  /** Roll-ups hold redemptions up to this moment (decision 0036). */
  figuresUntil: Type.String({ format: 'date-time' }),
  indicators: Type.Array(Indicator),
  trend: Type.Object({
    measure: Type.String(),
    unit: Unit,
    months: Type.Array(
      Type.Object({ month: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$' }), figure: DisclosedFigure }),
    ),
  }),
  byWijk: Breakdown,
  buurtBreakdown: Type.Boolean({
    description:
      'True when GET /dashboards/{condition}/wijken/{wijkCode}/buurten breaks a wijk of `byWijk` down per CBS buurt',
  }),
  byRoute: Breakdown,
  byTargetGroup: Breakdown,
});
export type DashboardBody = Static<typeof Dashboard>;

/** The conditions whose wijk breakdown has a breakdown per buurt (the others have no buurt in their data). */
export const BUURT_CONDITIONS: readonly Condition[] = ['rich-offer', 'used-and-valued', 'businesses', 'feedback'];

export const WijkParams = Type.Object({
  condition: ConditionParam,
  wijkCode: Type.String({ pattern: '^WK[0-9]{6}$', description: 'CBS code of the wijk' }),
});

export const BuurtBreakdown = Type.Object({
  condition: ConditionParam,
  year: Type.Integer(),
  wijk: Type.Object({ code: Type.String(), name: Type.String() }),
  measure: Type.String({ description: "The measure of the dashboard's wijk breakdown" }),
  unit: Unit,
  /** The wijk's figure exactly as the dashboard's `byWijk` shows it. */
  wijkFigure: DisclosedFigure,
  items: Type.Array(BreakdownItem, {
    description:
      'Per buurt of the wijk (key: CBS buurt code; `unknown` for holders or locations without a buurt of this wijk, always there for figures about people), under the rule of 10 with complementary suppression against the wijk figure. Empty when the wijk figure itself is hidden: its buurten would give it away.',
  }),
});
export type BuurtBreakdownBody = Static<typeof BuurtBreakdown>;

export const ExportQuery = Type.Object({
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')], { description: 'csv or xlsx' }),
});

export const WijkReach = Type.Object({
  wijkCode: Type.String(),
  wijkName: Type.String(),
  population: Type.Integer(),
  estimatedGroupSize: Type.Union([Type.Integer(), Type.Null()]),
  estimateSource: Type.Union([Type.String(), Type.Null()]),
  holdersReached: DisclosedFigure,
  reachPercent: DisclosedFigure,
  offersPer1000: Type.Number(),
});
