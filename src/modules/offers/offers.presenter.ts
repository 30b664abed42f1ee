import type { Static } from '@sinclair/typebox';
import type { LimitPeriod, PriceType } from './offers.tables.ts';
import type { RoutePictureName } from './route-pages.schemas.ts';
import {
  TRANSLATION_LANGUAGES,
  type CatalogueFacets,
  type Category,
  type OfferDetail,
  type OfferSummary,
  type Route,
} from './offers.schemas.ts';
import type { ProviderKind } from '../providers/providers.tables.ts';
import { passPriceCents } from './pricing.ts';
import { isWithinValidHours, parseValidHours, type DutchClock } from './valid-hours.ts';

/** The moment the catalogue says "valid now" for: the Dutch date and clock. */
export interface CatalogueMoment {
  today: string;
  clock: DutchClock;
}

/**
 * What the public catalogue shows of an offer. Each field is picked explicitly: the regular
 * price and the pass price are public, the kansentarief (reduced price) is never shown, nor
 * anything that hints at it.
 */
interface PricedRow {
  price_type: PriceType;
  regular_price_cents: number | null;
  discount_percent: number | null;
  amount_off_cents: number | null;
  fixed_price_cents: number | null;
}

interface SummaryRow extends PricedRow {
  id: string;
  title: string;
  summary: string;
  categories: string[];
  valid_from: string;
  valid_until: string;
  valid_hours: unknown;
  translations: unknown;
  provider_id: string;
  provider_name: string;
  provider_kind: ProviderKind;
}

interface DetailRow extends SummaryRow {
  description: string;
  conditions: string;
  target_groups: string[];
  limit_per_pass: number | null;
  limit_period: LimitPeriod | null;
  provider_website: string | null;
  routes: { slug: string; name: string }[];
  locations: {
    id: string;
    name: string;
    street: string;
    postcode: string;
    city: string;
    wijk_code: string;
    wijk_name: string;
  }[];
}

function prices(row: PricedRow) {
  const passPrice = passPriceCents({
    priceType: row.price_type,
    regularPriceCents: row.regular_price_cents,
    discountPercent: row.discount_percent,
    amountOffCents: row.amount_off_cents,
    fixedPriceCents: row.fixed_price_cents,
    // The public price is the pass price; the kansentarief is not read by the catalogue.
    reducedPriceCents: null,
  });
  return { regularPriceCents: row.regular_price_cents, passPriceCents: passPrice };
}

/** A page of the catalogue; each row brings its routes and wijken (one query, see CatalogueSearchRepository). */
export function presentOfferPage(
  rows: (SummaryRow & { routes: { slug: string; name: string }[]; wijken: { code: string; name: string }[] })[],
  moment: CatalogueMoment,
): Static<typeof OfferSummary>[] {
  return rows.map((row) => presentOfferSummary(row, row.routes, row.wijken, moment));
}

function presentOfferSummary(
  row: SummaryRow,
  routes: { slug: string; name: string }[],
  wijken: { code: string; name: string }[],
  moment: CatalogueMoment,
): Static<typeof OfferSummary> {
  const validHours = parseValidHours(row.valid_hours);
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    provider: { id: row.provider_id, name: row.provider_name, stilleKracht: row.provider_kind === 'stille_kracht' },
    ...prices(row),
    routes,
    wijken,
    categories: row.categories,
    validUntil: row.valid_until,
    translations: presentTranslations(row.translations),
    validHours,
    validNow:
      row.valid_from <= moment.today && moment.today <= row.valid_until && isWithinValidHours(validHours, moment.clock),
  };
}

/** Only the known languages and only text: the column is free-form JSON. */
function presentTranslations(value: unknown): Static<typeof OfferSummary>['translations'] {
  const stored = (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown> | null;
  const result: Static<typeof OfferSummary>['translations'] = {};
  for (const lang of TRANSLATION_LANGUAGES) {
    const text = stored?.[lang];
    if (!text || typeof text !== 'object') continue;
    const fields: Record<string, string> = {};
    for (const field of ['title', 'summary', 'description'] as const) {
      const v = (text as Record<string, unknown>)[field];
      if (typeof v === 'string' && v.trim() !== '') fields[field] = v;
    }
    if (Object.keys(fields).length > 0) result[lang] = fields;
  }
  return result;
}

/** Facet keys ('route:x', 'wijk:y', …) as counts per filter, most frequent first. */
export function presentFacets(keys: { key: string; count: number }[]): Static<typeof CatalogueFacets> {
  const facets: Static<typeof CatalogueFacets> = { routes: [], wijken: [], categories: [], targetGroups: [], free: 0 };
  const lists = { route: facets.routes, wijk: facets.wijken, category: facets.categories, target: facets.targetGroups };
  for (const { key, count } of keys) {
    if (key === 'free') {
      facets.free = count;
      continue;
    }
    const colon = key.indexOf(':');
    const list = lists[key.slice(0, colon) as keyof typeof lists] as { value: string; count: number }[] | undefined;
    list?.push({ value: key.slice(colon + 1), count });
  }
  for (const list of Object.values(lists)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return facets;
}

export function presentOfferDetail(row: DetailRow, moment: CatalogueMoment): Static<typeof OfferDetail> {
  const wijken = new Map(row.locations.map((l) => [l.wijk_code, { code: l.wijk_code, name: l.wijk_name }]));
  return {
    ...presentOfferSummary(
      row,
      row.routes,
      [...wijken.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      moment,
    ),
    provider: {
      id: row.provider_id,
      name: row.provider_name,
      stilleKracht: row.provider_kind === 'stille_kracht',
      kind: row.provider_kind,
      website: row.provider_website,
    },
    description: row.description,
    conditions: row.conditions,
    targetGroups: row.target_groups,
    locations: row.locations.map((l) => ({
      id: l.id,
      name: l.name,
      street: l.street,
      postcode: l.postcode,
      city: l.city,
      wijk: { code: l.wijk_code, name: l.wijk_name },
    })),
    limit:
      row.limit_per_pass !== null && row.limit_period !== null
        ? { perPass: row.limit_per_pass, period: row.limit_period }
        : null,
    validFrom: row.valid_from,
  };
}

export function presentRoute(row: {
  id: string;
  slug: string;
  name: string;
  description: string;
  is_demo: boolean;
  picture: RoutePictureName;
  color: string;
  offer_count: number | null;
}): Static<typeof Route> {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    isDemo: row.is_demo,
    picture: row.picture,
    color: row.color,
    pictureUrl: `/api/v1/routes/${row.slug}/picture.svg`,
    offerCount: Number(row.offer_count ?? 0),
  };
}

export function presentCategory(row: { slug: string; name_nl: string; name_en: string }): Static<typeof Category> {
  return { slug: row.slug, nameNl: row.name_nl, nameEn: row.name_en };
}
