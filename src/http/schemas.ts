import { Type, type TSchema } from '@sinclair/typebox';

/** Shared TypeBox pieces for route schemas. */
export const Problem = Type.Object(
  {
    type: Type.String({ description: 'URI that identifies the kind of problem' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    invalidParams: Type.Optional(
      Type.Array(Type.Object({ name: Type.String(), code: Type.String(), reason: Type.String() })),
    ),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);

/** Error responses every route may give; add them with `...problemResponses(400, 401)`. */
export function problemResponses(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((status) => [status, Type.Ref(Problem)]));
}

export const Uuid = Type.String({ format: 'uuid' });
export const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
export const Cents = Type.Integer({ minimum: 0, description: 'Amount in euro cents' });
export const PositiveCents = Type.Integer({
  minimum: 1,
  maximum: 100_000_000,
  description: 'Amount in euro cents, a positive whole number',
});

export const PagingQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
};

export const PageMeta = Type.Object({
  page: Type.Integer(),
  pageSize: Type.Integer(),
  totalItems: Type.Integer(),
  totalPages: Type.Integer(),
});
