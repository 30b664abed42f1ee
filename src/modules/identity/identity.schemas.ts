import { Type } from '@sinclair/typebox';

/** What goes out of the session endpoints; the presenters return their `Static<>` types. */

export const CurrentSession = Type.Object({
  kind: Type.Union([
    Type.Literal('anonymous'),
    Type.Literal('resident'),
    Type.Literal('staff'),
    Type.Literal('till_system'),
  ]),
  tenantId: Type.String(),
  name: Type.Optional(Type.String()),
  role: Type.Optional(Type.String()),
  providerId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  permissions: Type.Array(Type.String(), {
    description:
      'The actions this caller may perform in general (policy action names such as till.use or credit.manage), ' +
      'for a client to decide what to show. Every call is still checked.',
  }),
});

/** The answer to a login-link request: the same whether or not the address belongs to a holder. */
export const LoginLinkRequested = Type.Object({ message: Type.String() });
