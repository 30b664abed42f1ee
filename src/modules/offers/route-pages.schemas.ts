import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/schemas.ts';

/** What goes in and out of the route pages and the route editor; presenters return their `Static<>` types. */

export const ROUTE_PICTURES = ['heart', 'spa', 'sport', 'star', 'windmill', 'house', 'family', 'tree'] as const;
export type RoutePictureName = (typeof ROUTE_PICTURES)[number];

export const RoutePicture = Type.Union(
  ROUTE_PICTURES.map((p) => Type.Literal(p)),
  { description: 'Pictogram of the route; the server draws the picture and the badge with it' },
);
export const RouteColor = Type.String({ pattern: '^#[0-9a-f]{6}$', description: 'Colour of the route, #rrggbb' });

const routeSlug = Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });
export const RouteSlugParams = Type.Object({ slug: routeSlug });

const pageFields = {
  id: Uuid,
  slug: Type.String({ description: 'Readable address of the route page: /routes/{slug}' }),
  name: Type.String(),
  description: Type.String({ description: 'One or two sentences for the overview' }),
  story: Type.String({ description: 'The story of the route, B1 Dutch; paragraphs separated by an empty line' }),
  picture: RoutePicture,
  color: RouteColor,
  pictureUrl: Type.String({ description: 'The route picture (SVG), on this server' }),
  badgeUrl: Type.String({ description: 'The route badge (SVG) that providers may show on their own site' }),
};

export const RoutePage = Type.Object({
  ...pageFields,
  offerCount: Type.Integer({ minimum: 0, description: 'Catalogue offers on this route' }),
});

export const AdminRoute = Type.Object({
  ...pageFields,
  sortOrder: Type.Integer(),
  isActive: Type.Boolean({ description: 'Inactive routes are not shown to the public; their offers keep the link' }),
});

export const RouteUpdate = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 2, maxLength: 80 })),
    description: Type.Optional(Type.String({ maxLength: 300 })),
    story: Type.Optional(Type.String({ maxLength: 4000 })),
    picture: Type.Optional(RoutePicture),
    color: Type.Optional(RouteColor),
    sortOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
    isActive: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
