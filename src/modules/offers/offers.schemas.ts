import { Type, type TSchema } from '@sinclair/typebox';
import { Cents, DateOnly, Uuid } from '../../http/schemas.ts';
import { ProviderKind } from '../providers/providers.schemas.ts';
import { RouteColor, RoutePicture } from './route-pages.schemas.ts';
import { ValidHours } from './valid-hours.schemas.ts';

/** What goes out of the catalogue endpoints; the presenters return their `Static<>` types. */

const Nullable = <T extends TSchema>(schema: T, description?: string) =>
  Type.Union([schema, Type.Null()], description ? { description } : {});

const RouteRef = Type.Object({ slug: Type.String(), name: Type.String() });
const WijkRef = Type.Object({ code: Type.String(), name: Type.String() });

/** The languages an offer's text may be translated into (the provider writes in Dutch). */
export const TRANSLATION_LANGUAGES = ['en', 'tr', 'ar', 'pl', 'uk'] as const;
const TranslatedText = Type.Object({
  title: Type.Optional(Type.String()),
  summary: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
});
export const OfferTranslations = Type.Object(
  {
    en: Type.Optional(TranslatedText),
    tr: Type.Optional(TranslatedText),
    ar: Type.Optional(TranslatedText),
    pl: Type.Optional(TranslatedText),
    uk: Type.Optional(TranslatedText),
  },
  {
    description:
      "Optional translations of the provider's own text; the original stays in title, summary and description",
  },
);

const summaryFields = {
  id: Uuid,
  title: Type.String(),
  summary: Type.String(),
  provider: Type.Object({
    id: Uuid,
    name: Type.String(),
    stilleKracht: Type.Boolean({
      description:
        'The provider is a Stille Kracht: a private partner that fights poverty in its own way; the catalogue highlights it',
    }),
  }),
  regularPriceCents: Nullable(Cents, 'Price without the pass, in euro cents; null when the offer states none'),
  passPriceCents: Nullable(Cents, 'Price with the pass, in euro cents; null when it cannot be stated'),
  routes: Type.Array(RouteRef),
  wijken: Type.Array(WijkRef, { description: 'Wijken with a location where the offer can be used' }),
  categories: Type.Array(Type.String(), { description: 'Category slugs' }),
  validUntil: DateOnly,
  translations: OfferTranslations,
  validHours: ValidHours,
  validNow: Type.Boolean({
    description: 'Whether the offer can be used right now: valid today, on this weekday and at this hour (Dutch time)',
  }),
};

export const OfferStatus = Type.Union([
  Type.Literal('draft'),
  Type.Literal('submitted'),
  Type.Literal('changes_requested'),
  Type.Literal('published'),
  Type.Literal('paused'),
  Type.Literal('ended'),
  Type.Literal('suspended'),
]);
export const PriceType = Type.Union([
  Type.Literal('percentage_discount'),
  Type.Literal('amount_off'),
  Type.Literal('fixed_price'),
  Type.Literal('free'),
]);

export const OfferSummary = Type.Object(summaryFields);

export const OfferDetail = Type.Object({
  ...summaryFields,
  provider: Type.Object({
    id: Uuid,
    name: Type.String(),
    stilleKracht: Type.Boolean(),
    kind: ProviderKind,
    website: Nullable(Type.String()),
  }),
  description: Type.String(),
  conditions: Type.String(),
  targetGroups: Type.Array(Type.String()),
  locations: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      street: Type.String(),
      postcode: Type.String(),
      city: Type.String(),
      wijk: WijkRef,
    }),
  ),
  limit: Type.Union(
    [
      Type.Object({
        perPass: Type.Integer({ minimum: 1 }),
        period: Type.Union((['day', 'week', 'month', 'pass_year', 'ever'] as const).map((p) => Type.Literal(p))),
      }),
      Type.Null(),
    ],
    { description: 'How often one pass may use the offer per period; null for no limit' },
  ),
  validFrom: DateOnly,
});

export const Route = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  isDemo: Type.Boolean(),
  picture: RoutePicture,
  color: RouteColor,
  pictureUrl: Type.String({ description: 'The route picture (SVG), on this server' }),
  offerCount: Type.Integer({ minimum: 0 }),
});

export const Category = Type.Object({ slug: Type.String(), nameNl: Type.String(), nameEn: Type.String() });

const FacetValue = Type.Object({
  value: Type.String({ description: 'The filter value: a route slug, wijk code, category slug or target group' }),
  count: Type.Integer({ minimum: 0, description: 'How many of the matching offers have it' }),
});

/** Per filter, how many of the matching offers each value would leave. */
export const CatalogueFacets = Type.Object({
  routes: Type.Array(FacetValue),
  wijken: Type.Array(FacetValue),
  categories: Type.Array(FacetValue),
  targetGroups: Type.Array(FacetValue),
  free: Type.Integer({ minimum: 0, description: 'How many of the matching offers are free' }),
});
