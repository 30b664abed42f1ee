import { Type } from '@sinclair/typebox';
import { DateOnly, PositiveCents, Uuid } from '../../http/schemas.ts';

/** What goes in and out of the action-budget endpoints; the presenters return their `Static<>` types. */

const SignedCents = Type.Integer({ description: 'Amount in euro cents' });

export const ActionBudgetGrant = Type.Object(
  {
    id: Uuid,
    reference: Type.String(),
    activityName: Type.String(),
    wijk: Type.Object({ code: Type.String(), name: Type.String() }),
    amountCents: PositiveCents,
    grantedOn: DateOnly,
    communityCentreProviderId: Type.Union([Uuid, Type.Null()]),
    entryId: Uuid,
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'ActionBudgetGrant' },
);

/** A grant as booked (or found booked before under its reference), with the actiebudget's balance after. */
export const ActionBudgetGrantBooking = Type.Composite([
  ActionBudgetGrant,
  Type.Object({
    created: Type.Boolean({ description: 'false when this reference was booked before: nothing new was booked' }),
    actionBudgetBalanceCents: SignedCents,
  }),
]);

export const MonthFigures = Type.Object({
  month: Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'YYYY-MM' }),
  in: Type.Object({
    passSalesCents: SignedCents,
    sponsorsCents: SignedCents,
    otherCents: SignedCents,
    totalCents: SignedCents,
  }),
  out: Type.Object({ grantsCents: SignedCents, otherCents: SignedCents, totalCents: SignedCents }),
});

export const ActionBudgetSummary = Type.Object(
  {
    year: Type.Integer(),
    years: Type.Array(Type.Integer(), { description: 'Years with bookings on the actiebudget, and the current year' }),
    openingBalanceCents: SignedCents,
    closingBalanceCents: SignedCents,
    totals: Type.Object({
      passSalesCents: SignedCents,
      sponsorsCents: SignedCents,
      otherCents: SignedCents,
      totalCents: SignedCents,
      inCents: SignedCents,
      grantsCents: SignedCents,
      otherOutCents: SignedCents,
      outCents: SignedCents,
    }),
    months: Type.Array(MonthFigures, { description: 'Twelve months, January first' }),
    byWijk: Type.Array(Type.Object({ wijkCode: Type.String(), wijkName: Type.String(), amountCents: SignedCents })),
    byActivity: Type.Array(Type.Object({ activityName: Type.String(), amountCents: SignedCents })),
    activitiesByWijk: Type.Array(
      Type.Object({
        wijkCode: Type.String(),
        wijkName: Type.String(),
        activities: Type.Array(Type.Object({ activityName: Type.String(), amountCents: SignedCents })),
      }),
      { description: 'The activities funded in each wijk (grants and supported places on the pass)' },
    ),
    sponsors: Type.Array(Type.Object({ name: Type.String(), publicityText: Type.String(), amountCents: SignedCents }), {
      description: 'Sponsors that agreed to be named, with what they gave this year',
    }),
    anonymousSponsors: Type.Object(
      { count: Type.Integer(), amountCents: SignedCents },
      { description: 'Sponsors that did not agree to be named' },
    ),
  },
  { $id: 'ActionBudgetSummary' },
);

/** One line of the actiebudget's books: positive came in, negative went out. */
export const ActionBudgetLedgerLine = Type.Object(
  {
    entryId: Uuid,
    occurredAt: Type.String({ format: 'date-time' }),
    kind: Type.String({ description: 'The entry kind (a reversal shows the kind it reverses)' }),
    description: Type.String(),
    amountCents: SignedCents,
    wijk: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()]),
    activityName: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'ActionBudgetLedgerLine' },
);
