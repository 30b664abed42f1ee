import { Type } from '@sinclair/typebox';
import { DateOnly, PositiveCents, Uuid } from '../../http/schemas.ts';
import { Image } from '../media/media.schemas.ts';

/** A sponsor's own website: http(s) only, so a link never runs script. */
export const WebsiteUrl = Type.String({
  maxLength: 300,
  pattern: '^https?://[^\\s<>"]+$',
  description: "The sponsor's website (http or https), linked from its name on the public pages",
});

/** What goes in and out of the sponsor endpoints; the presenters return their `Static<>` types. */

export const NewSponsorPledge = Type.Object(
  {
    sponsorName: Type.String({ minLength: 1, maxLength: 200 }),
    contactName: Type.Optional(Type.String({ maxLength: 200 })),
    contactEmail: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
    providerId: Type.Optional(Uuid),
    websiteUrl: Type.Optional(WebsiteUrl),
    amountCents: PositiveCents,
    expectedOn: DateOnly,
    publicityText: Type.Optional(
      Type.String({ maxLength: 500, description: 'Shown on the public page only with publicityAgreed' }),
    ),
    publicityAgreed: Type.Optional(Type.Boolean({ default: false })),
    recursYearly: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'A yearly contribution: each later year is confirmed with POST /sponsor-pledges/{pledgeId}/years',
      }),
    ),
    associationPartnerId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'The business association (an approved partner of kind co_owner) the sponsor is a member of',
      }),
    ),
    adoptedPartnerId: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'The initiative (an approved partner) the business adopts: this support is earmarked for it. One initiative per sponsor.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const NewSponsorReceipt = Type.Object(
  {
    amountCents: PositiveCents,
    receivedOn: DateOnly,
    bankReference: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '^[A-Za-z0-9][A-Za-z0-9 ./:_+-]*$',
      description: 'Reference on the bank statement (e.g. end-to-end id)',
    }),
  },
  { additionalProperties: false },
);

export const SponsorReceipt = Type.Object(
  {
    id: Uuid,
    pledgeId: Uuid,
    amountCents: PositiveCents,
    receivedOn: DateOnly,
    bankReference: Type.String(),
    entryId: Uuid,
    reversed: Type.Boolean({ description: 'The booking was corrected by a reversal' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'SponsorReceipt' },
);

/** A later year of a yearly pledge, as confirmed by the pass organisation. */
export const SponsorPledgeYear = Type.Object({
  year: Type.Integer(),
  amountCents: PositiveCents,
  expectedOn: DateOnly,
  confirmedAt: Type.String({ format: 'date-time' }),
});

export const NewSponsorPledgeYear = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2200, description: 'The year whose contribution is confirmed' }),
    amountCents: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100_000_000, description: "Euro cents; default: the last year's amount" }),
    ),
  },
  { additionalProperties: false },
);

export const SponsorPledgeChange = Type.Object(
  { recursYearly: Type.Boolean({ description: 'false stops the yearly recurrence; confirmed years stay' }) },
  { additionalProperties: false },
);

const AdoptedInitiative = Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()], {
  description: 'The initiative (partner) this support is earmarked for',
});

export const SponsorPledge = Type.Object(
  {
    id: Uuid,
    sponsor: Type.Object({
      id: Uuid,
      name: Type.String(),
      contactName: Type.Union([Type.String(), Type.Null()]),
      contactEmail: Type.Union([Type.String(), Type.Null()]),
      providerId: Type.Union([Uuid, Type.Null()]),
      websiteUrl: Type.Union([Type.String(), Type.Null()]),
    }),
    amountCents: PositiveCents,
    expectedOn: DateOnly,
    publicityText: Type.String(),
    publicityAgreed: Type.Boolean({ description: 'The sponsor agreed to be named on the public actiebudget page' }),
    receivedCents: Type.Integer({ minimum: 0 }),
    outstandingCents: Type.Integer({ minimum: 0 }),
    status: Type.Union([Type.Literal('pledged'), Type.Literal('partly-received'), Type.Literal('received')]),
    receipts: Type.Array(SponsorReceipt),
    createdAt: Type.String({ format: 'date-time' }),
    recursYearly: Type.Boolean({ description: 'A yearly contribution whose recurrence was not stopped' }),
    firstYear: Type.Integer({ description: 'The year of expectedOn: the first year of the contribution' }),
    years: Type.Array(SponsorPledgeYear, { description: 'Later years confirmed, oldest first' }),
    promisedCents: Type.Integer({
      minimum: 0,
      description: 'amountCents plus the confirmed later years; outstandingCents is counted from this',
    }),
    adoptedInitiative: AdoptedInitiative,
  },
  { $id: 'SponsorPledge' },
);

/** One year of a yearly pledge as confirmed (or found confirmed before), with its pledge after. */
export const SponsorPledgeYearBooking = Type.Object({
  year: SponsorPledgeYear,
  created: Type.Boolean({ description: 'false when this year was confirmed before: nothing new was recorded' }),
  pledge: SponsorPledge,
});

/** A later year of a yearly pledge that is not confirmed yet: due this year or next. */
export const SponsorRenewalDue = Type.Object({
  pledgeId: Uuid,
  sponsorId: Uuid,
  sponsorName: Type.String(),
  year: Type.Integer(),
  amountCents: PositiveCents,
  expectedOn: DateOnly,
  adoptedInitiative: AdoptedInitiative,
});

/** A receipt as booked (or found booked before under its bank reference), with its pledge after. */
export const SponsorReceiptBooking = Type.Composite([
  SponsorReceipt,
  Type.Object({
    created: Type.Boolean({ description: 'false when this bank reference was booked before: nothing new was booked' }),
    pledge: SponsorPledge,
  }),
]);

/** Change a sponsor's website; null removes it. */
export const SponsorChange = Type.Object(
  { websiteUrl: Type.Union([WebsiteUrl, Type.Null()]) },
  { additionalProperties: false },
);

/** A sponsor as the public pages show it: only when one of its pledges agreed to publicity. */
export const PublicSponsor = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    websiteUrl: Type.Union([Type.String(), Type.Null()]),
    publicityText: Type.String({ description: 'The text of its latest pledge that agreed to publicity' }),
    logo: Type.Union([Image, Type.Null()], { description: 'Its logo (first picture of purpose sponsor)' }),
    adoptedInitiative: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()], {
      description: 'The initiative this business adopted, thanked on the public pages',
    }),
  },
  { $id: 'PublicSponsor' },
);

/** One sponsor in the overview: what it promised and gave, earmarked support apart. */
export const SponsorOverviewItem = Type.Object({
  sponsorId: Uuid,
  name: Type.String(),
  websiteUrl: Type.Union([Type.String(), Type.Null()]),
  promisedCents: Type.Integer({ minimum: 0, description: 'All pledges, yearly ones with their confirmed years' }),
  receivedCents: Type.Integer({ minimum: 0, description: 'Transfers received and not reversed' }),
  recursYearly: Type.Boolean({ description: 'At least one pledge recurs yearly' }),
  earmarked: Type.Union(
    [
      Type.Object({
        initiative: Type.Object({ id: Uuid, name: Type.String() }),
        promisedCents: Type.Integer({ minimum: 0 }),
        receivedCents: Type.Integer({ minimum: 0 }),
      }),
      Type.Null(),
    ],
    { description: 'The part of promisedCents / receivedCents earmarked for the initiative it adopted' },
  ),
});

export const SponsorOverview = Type.Object({
  association: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()], {
    description:
      "A co-owner's own business association (the overview holds only its members); null for the pass organisation",
  }),
  items: Type.Array(SponsorOverviewItem),
});
