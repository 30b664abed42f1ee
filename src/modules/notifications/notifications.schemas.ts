import { Type } from '@sinclair/typebox';
import { DateOnly } from '../../http/schemas.ts';

/** What goes out of the development outbox endpoint; the presenter returns its `Static<>` type. */

export const OutboxMessage = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const MessageTemplate = Type.Object(
  {
    key: Type.String(),
    description: Type.String(),
    placeholders: Type.Array(Type.String()),
    subject: Type.String(),
    body: Type.String(),
    custom: Type.Boolean({ description: "The municipality's own text (false: the built-in one)" }),
  },
  { $id: 'MessageTemplate' },
);

export const MessageTemplateInput = Type.Object(
  {
    subject: Type.String({ minLength: 1, maxLength: 200 }),
    body: Type.String({ minLength: 1, maxLength: 5000 }),
  },
  { additionalProperties: false },
);

export const MessageTemplatePreview = Type.Object({ subject: Type.String(), body: Type.String() });

export const LetterBatches = Type.Object({
  items: Type.Array(Type.Object({ date: DateOnly, letterCount: Type.Integer({ minimum: 1 }) })),
  openCount: Type.Integer({ minimum: 0, description: 'Letters written today: in tomorrow’s list' }),
});

/** A bounce report in JSON: one recipient of one e-mail (decision 0050). */
export const JsonBounceReport = Type.Object(
  {
    recipient: Type.String({ format: 'email', maxLength: 320, description: 'The address that bounced' }),
    status: Type.String({
      pattern: '^[245]\\.\\d{1,3}\\.\\d{1,3}$',
      description: 'Enhanced status code (RFC 3463): 5.x.x hard, 4.x.x soft, 2.x.x delivered (ignored)',
    }),
    messageId: Type.String({
      minLength: 1,
      maxLength: 998,
      description:
        'The Message-ID of the e-mail as sent (<reference@domain>), its ENVID, or its VERP return path: each holds its reference',
    }),
    diagnostic: Type.Optional(Type.String({ maxLength: 1000, description: "The remote server's reply" })),
  },
  { additionalProperties: false },
);

export const BounceReportResult = Type.Object({
  items: Type.Array(
    Type.Object({
      recipient: Type.String(),
      status: Type.String(),
      kind: Type.Union([Type.Literal('hard'), Type.Literal('soft'), Type.Null()]),
      outcome: Type.Union(
        [
          Type.Literal('recorded'),
          Type.Literal('duplicate'),
          Type.Literal('unknown-message'),
          Type.Literal('other-recipient'),
          Type.Literal('not-a-bounce'),
        ],
        {
          description:
            'recorded; duplicate (reported before: counted once); unknown-message (names no e-mail of ours); other-recipient (the e-mail went to another address); not-a-bounce (2.x.x)',
        },
      ),
    }),
  ),
});
