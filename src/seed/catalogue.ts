import type { LimitPeriod, PriceType } from '../modules/offers/offers.tables.ts';
import type { ProviderKind } from '../modules/providers/providers.tables.ts';

/** Routes, categories and the shapes of the demo's providers and offers (data in providers-*.ts). */

export interface RouteDef {
  slug: string;
  name: string;
  description: string;
  isDemo: boolean;
}

/**
 * The eight routes. The game plan ("Sprinten met de ZaansePas", 2024) names the Romantiek Route,
 * the Verwen Route, the Route voor Sport en Bewegen and a jongerenroute; the other four are
 * demo inventions that fit the source documents (heritage, buurthuizen, families, outdoors).
 */
export const ROUTES: RouteDef[] = [
  {
    slug: 'romantiek-route',
    name: 'Romantiek Route',
    isDemo: false,
    description: 'Samen uit. Een etentje, bloemen of een avond theater. Voor wie iemand wil verrassen.',
  },
  {
    slug: 'verwen-route',
    name: 'Verwen Route',
    isDemo: false,
    description: 'Even tijd voor jezelf. Een taartje, een massage of een nieuwe look, met voordeel op je pas.',
  },
  {
    slug: 'route-sport-en-bewegen',
    name: 'Route voor Sport en Bewegen',
    isDemo: false,
    description: 'Zwemmen, dansen, voetballen of wandelen. Probeer een sport uit of beweeg samen in de buurt.',
  },
  {
    slug: 'jongerenroute',
    name: 'Jongerenroute',
    isDemo: false,
    description: 'Voor jongeren tot 27 jaar. Sport, muziek, film en plekken om samen met vrienden naartoe te gaan.',
  },
  {
    slug: 'zaans-erfgoed-route',
    name: 'Cultuurroute Zaans Erfgoed',
    isDemo: true,
    description: 'Molens, musea en verhalen van de Zaan. Ontdek waar Zaanstad vandaan komt.',
  },
  {
    slug: 'buurthuizenroute',
    name: 'Buurthuizenroute',
    isDemo: true,
    description: 'Koffie, een maaltijd of een cursus in het buurthuis. Ontmoet mensen uit je eigen wijk.',
  },
  {
    slug: 'gezinsroute',
    name: 'Gezinsroute',
    isDemo: true,
    description: 'Uitjes voor het hele gezin. De kinderboerderij, het zwembad, de speeltuin en meer.',
  },
  {
    slug: 'groene-route',
    name: 'Groene Route',
    isDemo: true,
    description: 'Naar buiten! Moestuinen, wandelen langs de Zaan, fietsen, en repareren in plaats van weggooien.',
  },
];

export const CATEGORIES = [
  { slug: 'sport', nameNl: 'Sport en bewegen', nameEn: 'Sport and exercise' },
  { slug: 'cultuur', nameNl: 'Cultuur', nameEn: 'Culture' },
  { slug: 'eten-en-drinken', nameNl: 'Eten en drinken', nameEn: 'Food and drink' },
  { slug: 'welzijn', nameNl: 'Welzijn en ontmoeten', nameEn: 'Well-being and meeting people' },
  { slug: 'kinderen', nameNl: 'Kinderen', nameEn: 'Children' },
  { slug: 'uitgaan', nameNl: 'Uitgaan', nameEn: 'Going out' },
  { slug: 'winkelen', nameNl: 'Winkelen', nameEn: 'Shopping' },
  { slug: 'leren', nameNl: 'Leren en meedoen', nameEn: 'Learning and taking part' },
] as const;

export type CategorySlug = (typeof CATEGORIES)[number]['slug'];
export type RouteSlug =
  | 'romantiek-route'
  | 'verwen-route'
  | 'route-sport-en-bewegen'
  | 'jongerenroute'
  | 'zaans-erfgoed-route'
  | 'buurthuizenroute'
  | 'gezinsroute'
  | 'groene-route';
/** Target groups of an offer (public information about the offer, never about a holder). */
export type TargetGroup = 'iedereen' | 'kinderen' | 'jongeren' | 'volwassenen' | 'ouderen' | 'gezinnen';

export interface Price {
  type: PriceType;
  regular: number | null;
  percent?: number;
  amountOff?: number;
  fixed?: number;
}
/** Price helpers, all in cents. */
export const pct = (regular: number, percent: number): Price => ({ type: 'percentage_discount', regular, percent });
export const off = (regular: number, amountOff: number): Price => ({ type: 'amount_off', regular, amountOff });
export const fixed = (regular: number | null, price: number): Price => ({ type: 'fixed_price', regular, fixed: price });
export const free = (regular: number | null = null): Price => ({ type: 'free', regular });

export interface OfferDef {
  title: string;
  summary: string;
  description: string;
  price: Price;
  categories: CategorySlug[];
  routes: RouteSlug[];
  target?: TargetGroup[];
  /** Kansentarief in cents (only for the tenant's reduced-tariff categories; never named in texts). */
  reduced?: number;
  limit?: [number, LimitPeriod];
  stock?: number;
  /** Word for the stock: 'plaatsen', 'kaartjes', 'stuks'. */
  unit?: string;
  /** Extra condition, appended to the standard ones. */
  extra?: string;
  /** Relative popularity at the till (default 1). */
  popularity?: number;
  /** Only on this weekday (0 = Monday … 6 = Sunday). */
  onlyOn?: number;
  /** Only used in these months (1 to 12), e.g. a summer camp or a Christmas concert. */
  months?: number[];
  /** Busier in summer (ice cream, outdoors) or in winter. */
  season?: 'summer' | 'winter';
  /** The provider's own translations (the Dutch text stays the original). */
  translations?: Partial<Record<'en' | 'tr' | 'ar' | 'pl' | 'uk', { title: string; summary: string }>>;
}

export interface ProviderDef {
  name: string;
  kind: ProviderKind;
  description: string;
  /** Where the locations are: a wijk code (buurt chosen by population) or a buurt code. 1 or 2. */
  at: string[];
  /** Opening hours (local) in which redemptions happen. */
  hours?: [number, number];
  /** Own offers, first. */
  offers?: OfferDef[];
  /** Plus this many offers from a shared pool (see OFFER_POOLS). */
  pool?: { name: string; count: number };
  /** Values for {placeholders} in pool texts. */
  vars?: Record<string, string>;
}

const PERIOD_TEXT: Record<LimitPeriod, string> = {
  day: 'per dag',
  week: 'per week',
  month: 'per maand',
  pass_year: 'per pasjaar',
  ever: '',
};
const TIMES = ['', 'Eén keer', 'Twee keer', 'Drie keer', 'Vier keer', 'Vijf keer'];

/** The conditions text: how to use the pass, the limit and the stock, in plain Dutch. */
export function conditionsText(offer: OfferDef): string {
  const parts = ['Laat je Zaanse Pas zien voordat je betaalt (de pas of de QR-code in de app).'];
  if (offer.limit) {
    const [times, period] = offer.limit;
    parts.push(
      period === 'ever'
        ? `${TIMES[times] ?? `${times} keer`} per pas.`
        : `${TIMES[times] ?? `${times} keer`} per pas ${PERIOD_TEXT[period]}.`,
    );
  }
  if (offer.stock !== undefined) parts.push(`Op is op: er zijn ${offer.stock} ${offer.unit ?? 'stuks'}.`);
  if (offer.extra) parts.push(offer.extra);
  return parts.join(' ');
}
