import { Type } from '@sinclair/typebox';
import { Cents, DateOnly, Uuid } from '../../http/schemas.ts';

/** What goes out of the resident's pass endpoints; the presenters return their `Static<>` types. */

export const PassStatus = Type.Union([Type.Literal('active'), Type.Literal('blocked'), Type.Literal('expired')]);
export const PassCategory = Type.Union([
  Type.Literal('regular'),
  Type.Literal('low_income'),
  Type.Literal('carer'),
  Type.Literal('child'),
]);
const PassNumber = Type.String({ description: 'Pass number as printed on the card, e.g. "0479 0000 0042 6"' });

export const OwnPass = Type.Object({
  number: PassNumber,
  holderName: Type.String(),
  status: PassStatus,
  validFrom: DateOnly,
  validUntil: DateOnly,
  passName: Type.String({ description: 'Name of the pass in this municipality, e.g. "Zaanse Pas"' }),
  children: Type.Array(
    Type.Object({ number: PassNumber, holderName: Type.String(), status: PassStatus, validUntil: DateOnly }),
    {
      description: 'Child passes linked to this pass',
    },
  ),
});

export const QrCode = Type.Object({
  token: Type.String({ description: 'Content of the QR code: SP1.<passNumber>.<timeSlot>.<signature>' }),
  expiresAt: Type.String({
    format: 'date-time',
    description: 'After this moment a till refuses the token; fetch a new one before',
  }),
  svg: Type.String({ description: 'The QR code as an SVG image' }),
});

export const OwnRedemption = Type.Object({
  id: Uuid,
  offerTitle: Type.String(),
  providerName: Type.String(),
  passNumber: PassNumber,
  priceCents: Cents,
  redeemedAt: Type.String({ format: 'date-time' }),
  status: Type.Union([Type.Literal('redeemed'), Type.Literal('cancelled')]),
});
