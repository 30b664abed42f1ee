import { Type, type Static } from '@sinclair/typebox';

/**
 * The eligibility check's rules, as data stored with each scheme (no figures in code): a scheme
 * matches when any of its condition sets holds; a set holds when every condition in it holds.
 * The answers are never stored (see schemes.service.ts).
 */

export const LIFE_EVENTS = [
  'moving',
  'baby',
  'divorce',
  'job_loss',
  'retirement',
  'illness',
  'death_of_partner',
] as const;
export const HOUSEHOLDS = ['single', 'single_parent', 'couple', 'couple_with_children'] as const;
/** Income relative to the social minimum (bijstandsnorm), as the resident estimates it. */
export const INCOME_BANDS = ['up_to_100', 'up_to_110', 'up_to_120', 'up_to_130', 'above_130', 'unknown'] as const;

export const LifeEvent = Type.Union(
  LIFE_EVENTS.map((v) => Type.Literal(v)) as [ReturnType<typeof Type.Literal<(typeof LIFE_EVENTS)[number]>>],
);
export const Household = Type.Union(
  HOUSEHOLDS.map((v) => Type.Literal(v)) as [ReturnType<typeof Type.Literal<(typeof HOUSEHOLDS)[number]>>],
);
export const IncomeBand = Type.Union(
  INCOME_BANDS.map((v) => Type.Literal(v)) as [ReturnType<typeof Type.Literal<(typeof INCOME_BANDS)[number]>>],
  { description: 'Household income relative to the social minimum' },
);

export const EligibilityConditions = Type.Object(
  {
    maxIncomePercent: Type.Optional(
      Type.Integer({ minimum: 100, maximum: 200, description: 'Income at most this % of the social minimum' }),
    ),
    caring: Type.Optional(Type.Literal(true, { description: 'Only for mantelzorgers' })),
    minAge: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
    maxAge: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
    childAgeFrom: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 25, description: 'Has a child of at least this age...' }),
    ),
    childAgeTo: Type.Optional(Type.Integer({ minimum: 0, maximum: 25, description: '... and at most this age' })),
    households: Type.Optional(Type.Array(Household, { maxItems: 4, uniqueItems: true })),
    lifeEvents: Type.Optional(Type.Array(LifeEvent, { maxItems: 7, uniqueItems: true })),
  },
  { additionalProperties: false },
);

export const Eligibility = Type.Object(
  {
    anyOf: Type.Array(EligibilityConditions, {
      maxItems: 10,
      description: 'The scheme matches when any of these sets holds; empty: never proposed by the check',
    }),
  },
  { additionalProperties: false },
);
export type Eligibility = Static<typeof Eligibility>;
type Conditions = Static<typeof EligibilityConditions>;

export const CheckAnswers = Type.Object(
  {
    household: Household,
    incomeBand: IncomeBand,
    childrenAges: Type.Array(Type.Integer({ minimum: 0, maximum: 25 }), {
      maxItems: 12,
      description: 'The age of each child living at home',
    }),
    caring: Type.Boolean({ description: 'Cares for someone (mantelzorg)' }),
    age: Type.Integer({ minimum: 15, maximum: 120 }),
    lifeEvent: Type.Union([LifeEvent, Type.Literal('none')]),
  },
  { additionalProperties: false },
);
export type CheckAnswers = Static<typeof CheckAnswers>;

/** The band's upper bound in % of the social minimum; "don't know" may match any limit. */
const BAND_CEILING: Record<(typeof INCOME_BANDS)[number], number> = {
  up_to_100: 100,
  up_to_110: 110,
  up_to_120: 120,
  up_to_130: 130,
  above_130: Number.POSITIVE_INFINITY,
  unknown: 0,
};

function holds(c: Conditions, a: CheckAnswers): boolean {
  if (c.maxIncomePercent !== undefined && BAND_CEILING[a.incomeBand] > c.maxIncomePercent) return false;
  if (c.caring && !a.caring) return false;
  if (c.minAge !== undefined && a.age < c.minAge) return false;
  if (c.maxAge !== undefined && a.age > c.maxAge) return false;
  if (c.childAgeFrom !== undefined || c.childAgeTo !== undefined) {
    const from = c.childAgeFrom ?? 0;
    const to = c.childAgeTo ?? 25;
    if (!a.childrenAges.some((age) => age >= from && age <= to)) return false;
  }
  if (c.households && !c.households.includes(a.household)) return false;
  if (c.lifeEvents && (a.lifeEvent === 'none' || !c.lifeEvents.includes(a.lifeEvent))) return false;
  return true;
}

/** Whether a scheme's rules match the answers. */
export const matches = (eligibility: Eligibility, answers: CheckAnswers) =>
  eligibility.anyOf.some((conditions) => holds(conditions, answers));
