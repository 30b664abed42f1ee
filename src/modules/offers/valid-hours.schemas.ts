import { Type } from '@sinclair/typebox';
import { MAX_WINDOWS, TIME_PATTERN } from './valid-hours.ts';

/** One window of the week in which an offer can be used, on Dutch time (offers/valid-hours.ts). */
export const ValidHoursWindow = Type.Object(
  {
    days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
      minItems: 1,
      maxItems: 7,
      description: 'ISO weekdays: 1 Monday … 7 Sunday',
    }),
    from: Type.String({ pattern: TIME_PATTERN, description: "Start, 'HH:MM' (Dutch time)" }),
    until: Type.String({
      pattern: TIME_PATTERN,
      description: "End (not included), 'HH:MM' after the start; '24:00' is midnight",
    }),
  },
  { additionalProperties: false },
);
export const ValidHours = Type.Array(ValidHoursWindow, {
  maxItems: MAX_WINDOWS,
  description: 'Weekdays and hours the offer can be used (Dutch time); empty: at any time of the day',
});
