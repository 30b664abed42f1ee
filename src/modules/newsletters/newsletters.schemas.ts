import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/schemas.ts';

/** What goes in and out of the newsletter endpoints. */

const L = Type.Literal;
export const NewsletterLanguage = Type.Union([L('nl'), L('en'), L('tr'), L('ar'), L('pl'), L('uk')], {
  description: 'The language of the e-mails: nl, en, tr, ar, pl or uk',
});
export const Audience = Type.Union([L('residents'), L('providers')], {
  description: "residents: the subscribers' newsletter; providers: the providers' newsletter",
});
const Code = (description: string) =>
  Type.String({ pattern: '^[A-Za-z0-9_-]+$', minLength: 1, maxLength: 100, description });
const Codes = (description: string) => Type.Array(Code(description), { maxItems: 50, uniqueItems: true });

const InterestFields = {
  wijken: Type.Optional(Codes('Wijk codes; none: news of every wijk')),
  routes: Type.Optional(Codes('Route slugs; none: news of every route')),
  categories: Type.Optional(Codes('Category slugs (kinds of offer); none: every kind')),
};

export const NewSubscription = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 200 }),
    language: Type.Optional(NewsletterLanguage),
    ...InterestFields,
  },
  { additionalProperties: false },
);

export const SubscriptionAccepted = Type.Object({
  message: Type.String({ description: 'Always the same: look in your mailbox (whether or not the address was known)' }),
});

export const TokenQuery = Type.Object({
  token: Type.String({ pattern: '^[A-Za-z0-9_-]{20,100}$', description: 'The token from the link in the e-mail' }),
});

export const ConfirmationResult = Type.Object({ confirmed: Type.Boolean(), language: NewsletterLanguage });
export const UnsubscribeResult = Type.Object({
  unsubscribed: Type.Boolean({ description: 'true; also when this address had already unsubscribed' }),
});

export const HolderSubscription = Type.Object(
  {
    channel: Type.Union([L('email'), L('letter')], {
      description: 'By e-mail, or by letter to the address in my file',
    }),
    language: Type.Optional(NewsletterLanguage),
    ...InterestFields,
  },
  { additionalProperties: false },
);
export const HolderSubscriptionState = Type.Object({
  subscribed: Type.Boolean(),
  channel: Type.Union([L('email'), L('letter'), Type.Null()]),
  language: NewsletterLanguage,
  wijken: Type.Array(Type.String()),
  routes: Type.Array(Type.String()),
  categories: Type.Array(Type.String()),
});

export const EditionInput = Type.Object(
  {
    audience: Audience,
    title: Type.String({ minLength: 1, maxLength: 200 }),
    intro: Type.Optional(Type.String({ maxLength: 4000 })),
    tips: Type.Optional(Type.String({ maxLength: 4000, description: 'Tips (mostly for providers), plain text' })),
    storyDays: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 365, description: 'Stories published in the last n days; default 31' }),
    ),
  },
  { additionalProperties: false },
);

export const EditionItem = Type.Object({
  kind: Type.Union([L('story'), L('provider'), L('event'), L('route'), L('campaign'), L('figure')]),
  title: Type.String(),
  summary: Type.String(),
  path: Type.Union([Type.String(), Type.Null()]),
  wijken: Type.Array(Type.String()),
  routes: Type.Array(Type.String()),
  categories: Type.Array(Type.String()),
});

export const EditionFigures = Type.Object({
  recipients: Type.Integer({ description: 'Deliveries written (e-mails and letters)' }),
  sent: Type.Integer({ description: 'E-mails the SMTP server took, plus letters' }),
  bounced: Type.Integer({
    description:
      'E-mails that did not arrive: refused (5.x.x) at sending or reported by a bounce later, or given up after every try',
  }),
  softBounced: Type.Integer({
    description: 'E-mails with only a temporary failure (4.x.x) reported; counted, not stopped',
  }),
  unsubscribed: Type.Integer({ description: 'Unsubscribed with the link of this edition' }),
});

export const Edition = Type.Object({
  id: Uuid,
  audience: Audience,
  title: Type.String(),
  intro: Type.String(),
  tips: Type.String(),
  status: Type.Union([L('draft'), L('sending'), L('sent')]),
  items: Type.Array(EditionItem),
  createdAt: Type.String({ format: 'date-time' }),
  sendStartedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  figures: EditionFigures,
});
export const EditionList = Type.Object({ items: Type.Array(Type.Omit(Edition, ['items'])) });

export const EditionParams = Type.Object({ editionId: Uuid });

export const PreviewQuery = Type.Object({
  wijk: Type.Optional(Code('Preview for a reader of this wijk')),
  route: Type.Optional(Code('Preview for a reader of this route')),
  category: Type.Optional(Code('Preview for a reader of this kind of offer')),
  language: Type.Optional(NewsletterLanguage),
});

export const EditionPreview = Type.Object({
  subject: Type.String(),
  text: Type.String(),
  items: Type.Array(EditionItem),
  headers: Type.Record(Type.String(), Type.String(), { description: 'The extra e-mail headers, as sent' }),
});

export const BouncedSubscribers = Type.Object({
  items: Type.Array(
    Type.Object({
      subscriberId: Uuid,
      audience: Audience,
      email: Type.Union([Type.String(), Type.Null()], {
        description: "The address; null for a holder (their address is in the holder's file)",
      }),
      holder: Type.Boolean(),
      status: Type.String({ description: 'The enhanced status code of the hard bounce, e.g. 5.1.1' }),
      bouncedAt: Type.String({ format: 'date-time' }),
    }),
  ),
});
