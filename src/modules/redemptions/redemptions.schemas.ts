import { Type } from '@sinclair/typebox';
import { Cents, Uuid } from '../../http/schemas.ts';
import { PassStatus } from '../passes/passes.schemas.ts';
import { MAX_QUOTE_LENGTH } from './till-quote.ts';

/**
 * What goes in and out of the till's endpoints; the presenters return their `Static<>` types.
 * Privacy: a till gets the price to charge and nothing else about the holder (no category,
 * no price type, no reason for a price).
 */

const redemptionFields = {
  id: Uuid,
  offerId: Uuid,
  offerTitle: Type.String(),
  passNumber: Type.String({ description: 'Pass number as printed on the card' }),
  priceCents: { ...Cents, description: 'Price charged to the holder, in euro cents' },
  creditCents: { ...Cents, description: 'Part of the price paid from pass credit, in euro cents' },
  toPayCents: { ...Cents, description: 'What the holder pays at the till: priceCents minus creditCents' },
  redeemedAt: Type.String({ format: 'date-time' }),
  cancellableUntil: Type.String({
    format: 'date-time',
    description: 'Till this moment the provider can cancel the redemption',
  }),
  status: Type.Union([Type.Literal('redeemed'), Type.Literal('cancelled')]),
};

export const Redemption = Type.Object(redemptionFields, { description: 'One use of an offer with a pass, at a till' });
export const RedemptionListItem = Type.Object({ ...redemptionFields, providerName: Type.String() });

export const UnavailableReason = Type.Union([
  Type.Literal('not-available'),
  Type.Literal('limit-reached'),
  Type.Literal('sold-out'),
  Type.Literal('not-valid-today'),
  Type.Literal('not-valid-now'),
]);

export const TillPass = Type.Object({
  number: Type.String({ description: 'Pass number as printed on the card' }),
  status: PassStatus,
  validUntil: Type.String({ format: 'date' }),
});

export const TillOffer = Type.Object({
  offerId: Uuid,
  title: Type.String(),
  priceCents: { ...Cents, description: 'The price to charge this pass now, in euro cents' },
  creditAvailableCents: {
    ...Cents,
    description: 'How much of the price this pass can pay from its credit at this offer, in euro cents',
  },
  available: Type.Boolean(),
  unavailableReason: Type.Optional(UnavailableReason),
});

export const TillOffers = Type.Object({
  pass: TillPass,
  items: Type.Array(TillOffer),
  quote: Type.Optional(
    Type.String({
      maxLength: MAX_QUOTE_LENGTH,
      description:
        'One quote for the available offers of this list: send it back unchanged as quote of the redemption, within 2 minutes, so the ' +
        'redemption is booked at the listed price without looking everything up again. Opaque and sealed; a missing or expired quote only makes ' +
        'the redemption a little slower. Absent when no offer is available, or for a list of very many offers.',
    }),
  ),
});

/** What a till sends to redeem an offer. */
export const RedemptionInput = Type.Object(
  {
    passIdentifier: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Card number or QR code content',
    }),
    offerId: Uuid,
    creditCents: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 100_000_000,
        description:
          'Part of the price the holder pays from pass credit, in euro cents (0 up to the price). Default 0.',
      }),
    ),
    quote: Type.Optional(
      Type.String({
        maxLength: MAX_QUOTE_LENGTH,
        description: 'The quote of the till list this offer was on, unchanged (optional).',
      }),
    ),
  },
  { additionalProperties: false },
);
