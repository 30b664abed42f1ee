import { Type } from '@sinclair/typebox';
import { PageMeta, PagingQuery, Uuid } from '../../http/schemas.ts';

/** What goes in and out of the story endpoints; the presenters return their `Static<>` types. */

const L = Type.Literal;
export const StoryKind = Type.Union(
  [
    L('business_interview'),
    L('route_highlight'),
    L('wijk_event'),
    L('workshop'),
    L('volunteer_story'),
    L('podcast'),
    L('explainer_business'),
    L('explainer_civil_servant'),
    L('explainer_initiative'),
  ],
  {
    description:
      'business_interview, route_highlight, wijk_event, workshop (in a buurthuis), volunteer_story, podcast; ' +
      'explainer_business, explainer_civil_servant, explainer_initiative: explainers per audience (/uitleg)',
  },
);
export const StoryStatus = Type.Union([L('draft'), L('in_review'), L('scheduled'), L('published'), L('withdrawn')]);
export const StoryLinkKind = Type.Union([L('provider'), L('offer'), L('route'), L('wijk'), L('partner'), L('event')]);
export const StoryLanguage = Type.Union([L('en'), L('tr'), L('ar'), L('pl'), L('uk')]);
export const StorySlug = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  minLength: 1,
  maxLength: 100,
  description: 'Web address of the story: lower-case words with hyphens',
});
const Code = Type.String({ pattern: '^[A-Za-z0-9_-]+$', minLength: 1, maxLength: 100 });

export const StoryLink = Type.Object({
  kind: StoryLinkKind,
  target: Type.String({
    minLength: 1,
    maxLength: 100,
    description: "A provider's, offer's, partner's or event's id; a route's slug; a wijk's code",
  }),
});
const PresentedLink = Type.Object({
  kind: StoryLinkKind,
  target: Type.String(),
  label: Type.String({ description: 'The name of what is linked, as it is now' }),
  path: Type.Union([Type.Null(), Type.String()], { description: 'Its page on this site, if it has one' }),
});

const Photo = {
  photoUrl: Type.Optional(
    Type.String({ maxLength: 500, description: 'https:// address or a path on this site (an uploaded picture)' }),
  ),
  photoAlt: Type.Optional(Type.String({ maxLength: 300, description: 'Required with a photo: what it shows' })),
};

/** What an editor sends to create or replace a story (status changes separately). */
export const StoryInput = Type.Object(
  {
    slug: StorySlug,
    kind: StoryKind,
    title: Type.String({ minLength: 1, maxLength: 200 }),
    lead: Type.String({ minLength: 1, maxLength: 600 }),
    bodyMarkdown: Type.String({
      maxLength: 50_000,
      description:
        'Simple rich text in Markdown: headings, lists, bold, links (https:, mailto:, tel: or a path on this site); raw HTML is refused',
    }),
    ...Photo,
    transcriptMarkdown: Type.Optional(
      Type.String({
        maxLength: 100_000,
        description: "A podcast episode's transcript, in the same Markdown as the body",
      }),
    ),
    links: Type.Array(StoryLink, { maxItems: 20 }),
    translations: Type.Optional(
      Type.Array(
        Type.Object({
          language: StoryLanguage,
          title: Type.String({ minLength: 1, maxLength: 200 }),
          lead: Type.String({ minLength: 1, maxLength: 600 }),
          bodyMarkdown: Type.String({ maxLength: 50_000 }),
        }),
        { maxItems: 5 },
      ),
    ),
  },
  { additionalProperties: false },
);

/** A partner or provider submits a story: it goes straight into review. */
export const StorySubmission = Type.Object(
  {
    kind: StoryKind,
    title: Type.String({ minLength: 1, maxLength: 200 }),
    lead: Type.String({ minLength: 1, maxLength: 600 }),
    bodyMarkdown: Type.String({ maxLength: 50_000 }),
    ...Photo,
  },
  { additionalProperties: false },
);

export const StoryDecision = Type.Object(
  {
    action: Type.Union(
      [
        Type.Literal('submit'),
        Type.Literal('publish'),
        Type.Literal('schedule'),
        Type.Literal('send_back'),
        Type.Literal('withdraw'),
      ],
      {
        description:
          'submit (editor: draft to review); publish now, schedule (publishAt), send_back (with a comment) or withdraw (chief editor)',
      },
    ),
    publishAt: Type.Optional(Type.String({ format: 'date-time', description: 'With schedule: when it appears' })),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
    version: Type.Integer({ minimum: 1, description: 'The version the decision was made on' }),
  },
  { additionalProperties: false },
);

export const StoryListQuery = Type.Object(
  {
    wijk: Type.Optional(Code),
    route: Type.Optional(Code),
    kind: Type.Optional(StoryKind),
    provider: Type.Optional(Uuid),
    partner: Type.Optional(Uuid),
    language: Type.Optional(Type.Union([Type.Literal('nl'), StoryLanguage])),
    ...PagingQuery,
  },
  { additionalProperties: false },
);

const PresentedPhoto = Type.Object(
  {
    src: Type.String(),
    srcset: Type.String(),
    width: Type.Integer(),
    height: Type.Integer(),
    alt: Type.String(),
  },
  { description: 'The uploaded photo (resized, WebP): the src, srcset and size of an img' },
);
const PresentedAudio = Type.Object(
  {
    id: Uuid,
    url: Type.String(),
    contentType: Type.String(),
    byteLength: Type.Integer(),
    durationSeconds: Type.Integer(),
  },
  { description: "A podcast episode's audio file" },
);

export const StorySummary = Type.Object({
  id: Uuid,
  slug: Type.String(),
  kind: StoryKind,
  title: Type.String(),
  lead: Type.String(),
  photoUrl: Type.Union([Type.Null(), Type.String()]),
  photoAlt: Type.Union([Type.Null(), Type.String()]),
  photo: Type.Union([Type.Null(), PresentedPhoto]),
  publishedAt: Type.String({ format: 'date-time' }),
  language: Type.String({ description: 'The language of title and lead: the one asked for, or nl' }),
});

export const Story = Type.Object({
  ...StorySummary.properties,
  bodyMarkdown: Type.String(),
  transcriptMarkdown: Type.String({ description: "A podcast episode's transcript (Dutch), or empty" }),
  audio: Type.Union([Type.Null(), PresentedAudio]),
  links: Type.Array(PresentedLink),
  translated: Type.Boolean({ description: 'false when the language asked for is missing and Dutch is shown' }),
  submittedBy: Type.Union([Type.Null(), Type.String()], { description: "A partner's or provider's name" }),
});

export const StoryPage = Type.Object({ items: Type.Array(StorySummary), page: PageMeta });

export const AdminStory = Type.Object({
  id: Uuid,
  slug: Type.String(),
  kind: StoryKind,
  title: Type.String(),
  lead: Type.String(),
  bodyMarkdown: Type.String(),
  photoUrl: Type.Union([Type.Null(), Type.String()]),
  photoAlt: Type.Union([Type.Null(), Type.String()]),
  photos: Type.Array(Type.Object({ id: Uuid, ...PresentedPhoto.properties })),
  transcriptMarkdown: Type.String(),
  audio: Type.Union([Type.Null(), PresentedAudio]),
  status: StoryStatus,
  publishAt: Type.Union([Type.Null(), Type.String({ format: 'date-time' })]),
  reviewComment: Type.Union([Type.Null(), Type.String()]),
  submittedByKind: Type.Union([Type.Literal('editor'), Type.Literal('partner'), Type.Literal('provider')]),
  submittedByName: Type.Union([Type.Null(), Type.String()]),
  links: Type.Array(PresentedLink),
  translations: Type.Array(
    Type.Object({ language: StoryLanguage, title: Type.String(), lead: Type.String(), bodyMarkdown: Type.String() }),
  ),
  version: Type.Integer(),
  updatedAt: Type.String({ format: 'date-time' }),
});
