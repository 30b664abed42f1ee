import { Type } from '@sinclair/typebox';

/** What goes out of the development outbox endpoint; the presenter returns its `Static<>` type. */

export const OutboxMessage = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});
