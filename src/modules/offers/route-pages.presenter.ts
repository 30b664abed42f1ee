import type { Static } from '@sinclair/typebox';
import type { AdminRoute, RoutePage, RoutePictureName } from './route-pages.schemas.ts';

interface RouteRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  story: string;
  picture: RoutePictureName;
  color: string;
  sort_order: number;
  is_active: boolean;
}

/** Same-site paths: the page shows them, and the embed code makes them absolute with the site's address. */
const pageFields = (row: RouteRow) => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  description: row.description,
  story: row.story,
  picture: row.picture,
  color: row.color,
  pictureUrl: `/api/v1/routes/${row.slug}/picture.svg`,
  badgeUrl: `/api/v1/routes/${row.slug}/badge.svg`,
});

export function presentRoutePage(row: RouteRow & { offer_count: number | null }): Static<typeof RoutePage> {
  return { ...pageFields(row), offerCount: Number(row.offer_count ?? 0) };
}

export function presentAdminRoute(row: RouteRow): Static<typeof AdminRoute> {
  return { ...pageFields(row), sortOrder: row.sort_order, isActive: row.is_active };
}
