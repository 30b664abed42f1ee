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
