import { Type } from '@sinclair/typebox';
import { Cents, DateOnly, Uuid } from '../../http/schemas.ts';

/** What goes out of the resident's pass endpoints; the presenters return their `Static<>` types. */

export const PassStatus = Type.Union([
  Type.Literal('active'),
  Type.Literal('blocked'),
  Type.Literal('expired'),
  Type.Literal('replaced'),
]);
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
  appleWallet: Type.Boolean({
    description: 'Whether the passes can be added to Apple Wallet here (GET /me/pass/apple-wallet)',
  }),
  children: Type.Array(
    Type.Object({ number: PassNumber, holderName: Type.String(), status: PassStatus, validUntil: DateOnly }),
    {
      description: 'Child passes linked to this pass',
    },
  ),
});

export const DeviceInput = Type.Object(
  {
    label: Type.String({
      minLength: 1,
      maxLength: 60,
      description: 'What the resident calls the device, e.g. "Telefoon van Fatima"',
    }),
  },
  { additionalProperties: false },
);

export const Device = Type.Object({
  id: Uuid,
  label: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const DeviceKey = Type.Object({
  passNumber: PassNumber,
  holderName: Type.String(),
  own: Type.Boolean({ description: "True for the holder's own pass, false for a child's pass" }),
  active: Type.Boolean({ description: 'Whether a till accepts this pass now' }),
  keyId: Type.String({ description: 'Opaque id of this key: the QR code names it, never the pass number' }),
  secret: Type.String({
    description:
      'The key (32 bytes, base64url). The device shows SP2.<keyId>.<slot>.<signature>, slot = floor(unix seconds / 30), ' +
      'signature = the first 22 characters of base64url(HMAC-SHA256(key, "SP2.<keyId>.<slot>")). Keep it on the device only.',
  }),
});

export const DeviceWithKeys = Type.Object({
  device: Device,
  keys: Type.Array(DeviceKey, {
    description: "One key per pass the device shows: the holder's own and their children's",
  }),
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

const ResidentBlockReason = Type.Union(
  [Type.Literal('card_lost'), Type.Literal('card_stolen'), Type.Literal('card_broken'), Type.Literal('phone_lost')],
  { description: 'card_lost, card_stolen, card_broken or phone_lost (a lost phone also removes all your devices)' },
);
export const BlockReason = Type.Union([ResidentBlockReason, Type.Literal('other')]);

export const OwnReplacementInput = Type.Object(
  {
    reason: ResidentBlockReason,
    passNumber: Type.Optional(
      Type.String({ minLength: 13, maxLength: 20, description: "A child's pass linked to mine; default: my own pass" }),
    ),
  },
  { additionalProperties: false },
);

export const ReplacementInput = Type.Object({ reason: BlockReason }, { additionalProperties: false });

export const PassReplacement = Type.Object({
  oldPassNumber: PassNumber,
  newPassNumber: PassNumber,
  movedRedemptions: Type.Integer({ description: 'Redemptions now shown on the new pass' }),
  movedCreditCents: Cents,
  removedDevices: Type.Integer({ description: 'Devices removed from the pass (a lost phone)' }),
});

export const PassRef = Type.Object({ id: Uuid, number: PassNumber });

export const MembershipAnswer = Type.Object(
  { valid: Type.Boolean({ description: 'Whether the pass is valid today; nothing else about it or its holder' }) },
  { additionalProperties: false },
);

const Validity = Type.Union([Type.Literal('calendar_year'), Type.Literal('twelve_months')], {
  description:
    'calendar_year: until 31 December (a pass that starts in the last 30 days of a year runs to the end of the next); twelve_months: a year from its start',
});

export const PassYearSettings = Type.Object(
  {
    graceMonths: Type.Integer({
      minimum: 0,
      maximum: 6,
      description: 'Months after the end of its year in which the till still accepts a pass (default 1)',
    }),
    validity: Type.Object(
      { regular: Validity, low_income: Validity, carer: Validity, child: Validity },
      { additionalProperties: false, description: 'How long a new or renewed pass of each pass type is valid' },
    ),
  },
  { additionalProperties: false },
);

export const PassYearSettingsOut = Type.Object({
  graceMonths: Type.Integer(),
  validity: Type.Object({ regular: Validity, low_income: Validity, carer: Validity, child: Validity }),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const RenewalOption = Type.Object({
  passNumber: PassNumber,
  holderName: Type.String(),
  own: Type.Boolean({ description: "True for the holder's own pass, false for a child's" }),
  status: PassStatus,
  validUntil: DateOnly,
  paid: Type.Boolean({
    description: 'A paid pass is renewed by paying again; a free pass by a new application or import',
  }),
  renewableNow: Type.Boolean({ description: 'A paid pass can be renewed in its last 60 days, or once it has ended' }),
  priceCents: Type.Union([Cents, Type.Null()]),
  nextValidUntil: Type.Union([DateOnly, Type.Null()], { description: 'Valid until when after renewing now' }),
});

export const RenewalInput = Type.Object(
  {
    passNumber: Type.Optional(
      Type.String({ minLength: 13, maxLength: 20, description: "A child's pass linked to mine; default: my own pass" }),
    ),
  },
  { additionalProperties: false },
);

export const RenewalCreated = Type.Object({
  renewalId: Uuid,
  checkoutUrl: Type.String({ description: 'Where the holder pays' }),
  amountCents: Cents,
});

export const Renewal = Type.Object({
  id: Uuid,
  passNumber: PassNumber,
  status: Type.Union([
    Type.Literal('open'),
    Type.Literal('paid'),
    Type.Literal('failed'),
    Type.Literal('canceled'),
    Type.Literal('expired'),
  ]),
  amountCents: Cents,
  validUntilBefore: DateOnly,
  validUntilAfter: Type.Union([DateOnly, Type.Null()]),
  checkoutUrl: Type.Union([Type.String(), Type.Null()]),
});

const HouseholdMember = {
  holderName: Type.String(),
  passNumber: PassNumber,
  status: PassStatus,
  validUntil: DateOnly,
};

export const Household = Type.Object({
  partner: Type.Union([Type.Object({ linkId: Uuid, ...HouseholdMember }), Type.Null()], {
    description: 'The partner who accepted an invitation, or null',
  }),
  invitations: Type.Array(Type.Object({ linkId: Uuid, fromName: Type.String() }), {
    description: 'Invitations to join the household of another holder, waiting for my answer',
  }),
  children: Type.Array(
    Type.Object({
      ...HouseholdMember,
      ofPartner: Type.Boolean({ description: "A child pass linked to my partner's pass" }),
      ownFrom: Type.Union([DateOnly, Type.Null()], {
        description: "The day the child turns 18 and the pass becomes the child's own (null: birth date unknown)",
      }),
    }),
  ),
});

export const PartnerInvitationInput = Type.Object(
  { passNumber: Type.String({ minLength: 13, maxLength: 20, description: "My partner's pass number" }) },
  { additionalProperties: false },
);
