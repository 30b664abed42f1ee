import { Type } from '@sinclair/typebox';

/**
 * A figure about people as it leaves the server: `value` null and `suppressed` true when it is
 * about fewer than 10 people, or would give such a figure away (disclosure.ts); `reason` tells
 * the two apart. Other modules'
 * schemas use it for every aggregate they show.
 */
export const DisclosedFigure = Type.Object(
  {
    value: Type.Union([Type.Number(), Type.Null()]),
    suppressed: Type.Boolean({
      description: 'True when the figure is hidden; `reason` says why',
    }),
    reason: Type.Optional(
      Type.Union([Type.Literal('fewer-than-10'), Type.Literal('protects-another')], {
        description:
          'Only on a hidden figure. fewer-than-10: it is about fewer than 10 people (show "fewer than 10"). protects-another: it is about 10 or more, hidden so that a total cannot give a small figure away (show "hidden")',
      }),
    ),
  },
  { description: 'A figure about people, hidden below 10' },
);
