import { Type } from '@sinclair/typebox';
import { Cents, Uuid } from '../../http/schemas.ts';
import { CheckAnswers, Eligibility, LifeEvent } from './eligibility.ts';

/** What goes in and out of the scheme endpoints; the presenters return their `Static<>` types. */

const nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([Type.Null(), schema]);

export const ApplyRoute = Type.Union(
  [Type.Literal('online_form'), Type.Literal('through_person'), Type.Literal('no_application')],
  {
    description:
      "online_form: applyUrl; through_person: applyPerson (wijkmanager, wijkteam...); no_application: granted at applyPerson's discretion",
  },
);
export const ProviderKind = Type.Union([
  Type.Literal('municipality'),
  Type.Literal('wijkteam'),
  Type.Literal('sport'),
  Type.Literal('energy_company'),
  Type.Literal('stille_kracht'),
  Type.Literal('sponsor'),
  Type.Literal('crowdfunding'),
  Type.Literal('other'),
]);
export const Audience = Type.Union([Type.Literal('residents'), Type.Literal('initiatives')], {
  description: 'residents, or volunteer initiatives (budgets open to them)',
});
export const SchemeStatus = Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('archived')]);
export const Theme = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 40, description: 'Theme slug' });
export const SchemeSlug = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  minLength: 1,
  maxLength: 100,
  description: 'Web address of the scheme: lower-case words with hyphens',
});
const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) });

const Content = {
  slug: SchemeSlug,
  title: Type.String({ minLength: 1, maxLength: 200 }),
  summary: Type.String({ minLength: 1, maxLength: 500 }),
  bodyMarkdown: Text(20_000, 'Formatted text in Markdown (headings, lists, bold, links); raw HTML is shown as text'),
  whoFor: Text(2_000),
  criteria: Text(4_000, 'Markdown'),
  amounts: Text(2_000),
  applyRoute: ApplyRoute,
  applyWhere: Text(500),
  contact: Text(500),
  providerKind: ProviderKind,
  providerName: Text(200),
  audience: Audience,
  lifeEvents: Type.Array(LifeEvent, { maxItems: 7, uniqueItems: true }),
  themes: Type.Array(Theme, { maxItems: 10, uniqueItems: true }),
  grantsPass: Type.Boolean({ description: 'The scheme grants the city pass' }),
};
const ApplyUrl = Type.String({ maxLength: 500, description: 'https:// address or a path on this site' });
const ApplyPerson = Text(200, 'Who to go to (through_person), or who decides (no_application)');

const SchemeFields = {
  ...Content,
  applyUrl: nullable(ApplyUrl),
  applyPerson: nullable(ApplyPerson),
  passPriceCents: Type.Union([Type.Null(), Cents], {
    description: 'With grantsPass: the pass price it grants (0: free); null otherwise',
  }),
};

/** What the pass organisation sends to create or replace a scheme (status changes separately). */
export const SchemeInput = Type.Object(
  {
    ...Content,
    // Optional rather than nullable: the request validator coerces types, and would turn a null into 0 or ''.
    applyUrl: Type.Optional(ApplyUrl),
    applyPerson: Type.Optional(ApplyPerson),
    passPriceCents: Type.Optional({ ...Cents, description: 'Only with grantsPass: the pass price (0: free)' }),
    eligibility: Type.Optional(Eligibility),
  },
  { additionalProperties: false },
);

export const SchemeStatusChange = Type.Object({ status: SchemeStatus }, { additionalProperties: false });

/** A published scheme, for everybody. */
export const Scheme = Type.Object(
  { id: Uuid, ...SchemeFields, updatedAt: Type.String({ format: 'date-time' }) },
  { $id: 'Scheme' },
);

/** The list shows the short form. */
export const SchemeSummary = Type.Object(
  {
    id: Uuid,
    slug: SchemeSlug,
    title: Type.String(),
    summary: Type.String(),
    audience: Audience,
    providerKind: ProviderKind,
    providerName: Type.String(),
    applyRoute: ApplyRoute,
    lifeEvents: Type.Array(LifeEvent),
    themes: Type.Array(Theme),
    grantsPass: Type.Boolean(),
    passPriceCents: Type.Union([Cents, Type.Null()]),
  },
  { $id: 'SchemeSummary' },
);

/** For the pass organisation: any status, with the check's rules and the number of open reports. */
export const AdminScheme = Type.Composite(
  [
    Scheme,
    Type.Object({
      status: SchemeStatus,
      eligibility: Eligibility,
      publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
      openReports: Type.Integer({ minimum: 0 }),
    }),
  ],
  { $id: 'AdminScheme' },
);

export const SchemeListQuery = Type.Object({
  lifeEvent: Type.Optional(LifeEvent),
  theme: Type.Optional(Theme),
  audience: Type.Optional(Audience),
  q: Type.Optional(
    Type.String({ maxLength: 200, description: 'Search words; each must occur in title, summary or text' }),
  ),
});

/** The check's answer: matching published schemes, each with its next step. Nothing is stored. */
export const CheckResult = Type.Object(
  {
    stored: Type.Literal(false, { description: 'The answers were not stored' }),
    matches: Type.Array(
      Type.Object({
        scheme: SchemeSummary,
        nextStep: Type.Object({
          route: ApplyRoute,
          url: Type.Union([Type.String(), Type.Null()]),
          person: Type.Union([Type.String(), Type.Null()]),
          where: Type.String(),
          contact: Type.String(),
        }),
      }),
    ),
  },
  { $id: 'SchemeCheckResult' },
);

export const CheckEmailRequest = Type.Object(
  {
    answers: CheckAnswers,
    email: Type.String({ format: 'email', maxLength: 200, description: 'Used for this one message only' }),
    language: Type.Optional(
      Type.Union(
        ['nl', 'en', 'tr', 'ar', 'pl', 'uk'].map((l) => Type.Literal(l)) as [
          ReturnType<typeof Type.Literal<'nl' | 'en' | 'tr' | 'ar' | 'pl' | 'uk'>>,
        ],
        { description: 'The language of the e-mail (default nl)' },
      ),
    ),
  },
  { additionalProperties: false },
);

export const NewSchemeReport = Type.Object(
  {
    reporterKind: Type.Union([Type.Literal('resident'), Type.Literal('partner')]),
    message: Type.String({ minLength: 1, maxLength: 4000, description: 'Where the scheme fails you' }),
    contactName: Type.Optional(Type.String({ maxLength: 200 })),
    contactEmail: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const SchemeReport = Type.Object(
  {
    id: Uuid,
    schemeId: Uuid,
    schemeTitle: Type.String(),
    reporterKind: Type.Union([Type.Literal('resident'), Type.Literal('partner')]),
    message: Type.String(),
    contactName: Type.Union([Type.String(), Type.Null()]),
    contactEmail: Type.Union([Type.String(), Type.Null()]),
    answer: Type.Union([Type.String(), Type.Null()]),
    answeredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'SchemeReport' },
);

export const SchemeReportAnswer = Type.Object(
  { answer: Type.String({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);

export { CheckAnswers };
