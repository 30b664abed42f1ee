import { Type } from '@sinclair/typebox';
import { Cents, DateOnly } from '../../http/schemas.ts';
import { DisclosedFigure } from '../insight/insight.schemas.ts';

/** A provider's own figures. Every figure about holders goes through the rule of 10. */
export const ProviderFigures = Type.Object({
  from: DateOnly,
  to: DateOnly,
  redemptions: Type.Integer({ minimum: 0, description: 'Redemptions in the period (not cancelled)' }),
  redemptionsPerWeek: Type.Array(Type.Object({ weekStart: DateOnly, redemptions: Type.Integer({ minimum: 0 }) })),
  redemptionsPerMonth: Type.Array(
    Type.Object({ month: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$' }), redemptions: Type.Integer({ minimum: 0 }) }),
  ),
  uniqueHolders: DisclosedFigure,
  reachByWijk: Type.Array(Type.Object({ wijkCode: Type.String(), wijkName: Type.String(), holders: DisclosedFigure })),
  reachByRoute: Type.Array(
    Type.Object({ routeSlug: Type.String(), routeName: Type.String(), holders: DisclosedFigure }),
  ),
  turnoverCents: Type.Integer({ description: 'What pass holders paid, at pass prices' }),
  reimbursedCents: Cents,
});
