import { Type } from '@sinclair/typebox';

/**
 * A figure about people as it leaves the server: `value` null and `suppressed` true when it is
 * about fewer than 10 people, or would give such a figure away (disclosure.ts). Other modules'
 * schemas use it for every aggregate they show.
 */
export const DisclosedFigure = Type.Object(
  {
    value: Type.Union([Type.Number(), Type.Null()]),
    suppressed: Type.Boolean({
      description: 'True when the figure is about fewer than 10 people: show "fewer than 10"',
    }),
  },
  { description: 'A figure about people, hidden below 10' },
);
