import { pointInBuurt, type Buurt, type Wijk } from './areas.ts';
import type { OfferDef, ProviderDef } from './catalogue.ts';
import { addDays, addMonths, endOfMonth, firstOfMonth } from './dates.ts';
import { OFFER_POOLS } from './offer-pools.ts';
import { PROVIDERS_DORPEN } from './providers-dorpen.ts';
import { PROVIDERS_ZAANDAM } from './providers-zaandam.ts';
import { cumulativeSums, type Random } from '../shared/random.ts';

/** Turns the provider and offer definitions into concrete rows: ids, addresses, dates, status. */
export interface LocationPlan {
  id: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  wijkCode: string;
  buurtCode: string;
  x: number;
  y: number;
}

export interface ProviderPlan {
  id: string;
  def: ProviderDef;
  /** For demo e-mail addresses and the website: "Bakkerij Van der Zaan" → bakkerijvanderzaan. */
  domain: string;
  phone: string;
  hours: [number, number];
  locations: LocationPlan[];
}

export interface OfferPlan {
  id: string;
  provider: ProviderPlan;
  def: OfferDef;
  status: 'draft' | 'published';
  validFrom: string;
  validUntil: string;
}

/** Providers whose offers the contract names; their offers are always current and published. */
export const CONTRACT_PROVIDERS = ['Bakkerij Van der Zaan', 'Zwembad De Zaanstroom'];
const DRAFT_COUNT = 8;

const STREETS = [
  'Houtzagerstraat',
  'Pelmolenpad',
  'Oliemolenstraat',
  'Verfmolenlaan',
  'Touwslagerslaan',
  'Kaardenmakerspad',
  'Beschuitbakkersweg',
  'Walvisvaardersplein',
  'Zeilmakerstraat',
  'Cacaopad',
  'Mosterdmolenstraat',
  'Snuifmolenlaan',
  'Specerijenhof',
  'Kuipersstraat',
  'Blauwe Zaagpad',
  'Kievitsweide',
  'Grutto-erf',
  'Rietkraag',
  'Dijkgraafstraat',
  'Veenpad',
  'Slootkant',
  'Hennepstraat',
  'Stijfselmakerslaan',
  'Pakhuisplein',
  'Scheepsbouwerskade',
  'Tramhuispad',
  'Zaanoever',
  'Weefhuisstraat',
  'Schuitenmakerspad',
  'Koffiebrandersstraat',
  'Lepelaarsingel',
  'Meelzolder',
];
const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRTVWXZ';

export const PROVIDER_DEFS: ProviderDef[] = [...PROVIDERS_ZAANDAM, ...PROVIDERS_DORPEN];

export function domainOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, 'en')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

export function planCatalogue(input: {
  wijken: Wijk[];
  buurten: Buurt[];
  anchor: string;
  random: Random;
  ids: Random;
}) {
  const { wijken, buurten, anchor, random, ids } = input;
  const wijkByCode = new Map(wijken.map((w) => [w.code, w]));
  const buurtByCode = new Map(buurten.map((b) => [b.code, b]));

  const providers: ProviderPlan[] = PROVIDER_DEFS.map((def) => {
    const locations = def.at.map((where): LocationPlan => {
      let buurt = buurtByCode.get(where);
      if (!buurt) {
        const options = buurten.filter((b) => b.wijkCode === where && b.population > 0);
        if (options.length === 0) throw new Error(`Unknown wijk or buurt ${where} for ${def.name}`);
        buurt = options[random.weightedIndex(cumulativeSums(options.map((b) => b.population)))]!;
      }
      const wijk = wijkByCode.get(buurt.wijkCode)!;
      const { x, y } = pointInBuurt(buurt, random);
      const letters = random.pick([...POSTCODE_LETTERS]) + random.pick([...POSTCODE_LETTERS]);
      return {
        id: ids.uuid(),
        name: def.at.length > 1 ? `${def.name} – ${buurt.name}` : def.name,
        street: `${random.pick(STREETS)} ${random.int(1, 180)}`,
        postcode: `${buurt.postcodeDigits} ${letters}`,
        city: wijk.city,
        wijkCode: wijk.code,
        buurtCode: buurt.code,
        x,
        y,
      };
    });
    return {
      id: ids.uuid(),
      def,
      domain: domainOf(def.name),
      phone: `075 ${random.int(600, 699)} ${random.int(10, 99)} ${random.int(10, 99)}`,
      hours: def.hours ?? [9, 18],
      locations,
    };
  });

  // Own offers first, then a slice of the shared pool (each provider of a kind gets the next slice).
  const poolOffset = new Map<string, number>();
  const offers: OfferPlan[] = [];
  for (const provider of providers) {
    const first = provider.locations[0]!;
    const vars = {
      naam: provider.def.name,
      wijk: wijkByCode.get(first.wijkCode)!.name,
      plaats: first.city,
      ...provider.def.vars,
    };
    const defs: OfferDef[] = [...(provider.def.offers ?? [])];
    if (provider.def.pool) {
      const pool = OFFER_POOLS[provider.def.pool.name];
      if (!pool) throw new Error(`Unknown offer pool ${provider.def.pool.name}`);
      const start = poolOffset.get(provider.def.pool.name) ?? 0;
      for (let k = 0; k < provider.def.pool.count; k++) defs.push(pool[(start + k) % pool.length]!);
      poolOffset.set(provider.def.pool.name, start + provider.def.pool.count);
    }
    for (const def of defs) {
      const resolved: OfferDef = {
        ...def,
        title: fill(def.title, vars),
        summary: fill(def.summary, vars),
        description: fill(def.description, vars),
      };
      offers.push({
        id: ids.uuid(),
        provider,
        def: resolved,
        status: 'published',
        ...validity(random, anchor, CONTRACT_PROVIDERS.includes(provider.def.name) || def.months !== undefined),
      });
    }
  }

  // A few drafts, still being prepared by their provider: they start next month.
  const candidates = offers.filter((o) => !CONTRACT_PROVIDERS.includes(o.provider.def.name));
  for (let n = 0; n < DRAFT_COUNT && candidates.length > 0; n++) {
    const offer = candidates.splice(random.int(0, candidates.length - 1), 1)[0]!;
    offer.status = 'draft';
    offer.validFrom = addMonths(firstOfMonth(anchor), 1);
    offer.validUntil = endOfMonth(addDays(anchor, 365));
  }
  return { providers, offers };
}

/**
 * Offer dates, relative to the anchor: most run from a year or more ago until some months
 * ahead; some started recently; a few ended last month or earlier; a few start next month.
 */
function validity(random: Random, anchor: string, current: boolean): { validFrom: string; validUntil: string } {
  const r = current ? 0 : random.next();
  if (r < 0.78) {
    return {
      validFrom: firstOfMonth(addDays(anchor, -365 - random.int(0, 120))),
      validUntil: endOfMonth(addDays(anchor, random.int(60, 300))),
    };
  }
  if (r < 0.9) {
    return {
      validFrom: firstOfMonth(addDays(anchor, -random.int(30, 200))),
      validUntil: endOfMonth(addDays(anchor, random.int(90, 330))),
    };
  }
  if (r < 0.96) {
    return {
      validFrom: firstOfMonth(addDays(anchor, -random.int(200, 420))),
      validUntil: addDays(firstOfMonth(addDays(anchor, -random.int(20, 80))), -1),
    };
  }
  return { validFrom: addMonths(firstOfMonth(anchor), 1), validUntil: endOfMonth(addDays(anchor, 300)) };
}
