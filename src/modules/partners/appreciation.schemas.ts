import { Type } from '@sinclair/typebox';
import { Cents, Uuid } from '../../http/schemas.ts';

/** Appreciation passes for volunteers. */

export const FundedBy = Type.Union([Type.Literal('sponsor'), Type.Literal('municipal_budget')], {
  description: 'Appreciation passes are paid by a sponsor or a municipal budget, never by the actiebudget',
});

export const NewAppreciationQuota = Type.Object(
  {
    partnerId: Uuid,
    passes: Type.Integer({ minimum: 1, maximum: 10000 }),
    pricePerPassCents: Cents,
    fundedBy: FundedBy,
    funderName: Type.String({ minLength: 2, maxLength: 200, description: 'The sponsor or the budget' }),
  },
  { additionalProperties: false },
);

export const AppreciationQuota = Type.Object(
  {
    id: Uuid,
    partner: Type.Object({ id: Uuid, name: Type.String() }),
    passes: Type.Integer(),
    codesMade: Type.Integer(),
    codesUsed: Type.Integer(),
    pricePerPassCents: Type.Integer(),
    costCents: Type.Integer({ description: 'passes × price: what the quota costs its funder at most' }),
    usedCostCents: Type.Integer({ description: 'codes used × price' }),
    fundedBy: FundedBy,
    funderName: Type.String(),
  },
  { $id: 'AppreciationQuota' },
);

export const NewAppreciationCode = Type.Object(
  { label: Type.Optional(Type.String({ maxLength: 100, description: 'A note for the partner, e.g. a first name' })) },
  { additionalProperties: false },
);

export const AppreciationCode = Type.Object(
  {
    id: Uuid,
    code: Type.String(),
    label: Type.Union([Type.String(), Type.Null()]),
    used: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'AppreciationCode' },
);

export const Activation = Type.Object(
  {
    code: Type.String({ minLength: 4, maxLength: 40 }),
    name: Type.String({ minLength: 2, maxLength: 200 }),
    email: Type.String({ format: 'email', maxLength: 200 }),
    wijkCode: Type.String({ minLength: 1, maxLength: 20 }),
  },
  { additionalProperties: false },
);

export const ActivatedPass = Type.Object({
  passNumber: Type.String(),
  validUntil: Type.String({ format: 'date' }),
});
