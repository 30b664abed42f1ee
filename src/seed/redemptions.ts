import type { LimitPeriod } from '../modules/offers/offers.tables.ts';
import type { PassCategory } from '../modules/passes/passes.tables.ts';
import { priceToChargeCents, type PricedOffer } from '../modules/offers/pricing.ts';
import type { TargetGroup } from './catalogue.ts';
import { amsterdamInstant, dayNumber, monthIndex, monthOfYear, weekIndex, weekday } from './dates.ts';
import { cumulativeSums, type Random } from '../shared/random.ts';

/**
 * A year of plausible redemptions, simulated day by day before the anchor date. Each one
 * respects the pass's and the offer's dates, the offer's per-pass limit and its stock, and is
 * priced with the same `priceToChargeCents` the tills use. Busier on Saturdays and in December
 * and summer; low-income holders use their pass more; people mostly go to offers in their own
 * wijk or town; children go to children's and family offers.
 */
export interface SimPass {
  id: string;
  category: PassCategory;
  wijkCode: string;
  city: string;
  age: number;
  validFrom: number;
  /** Last day it could be used (blocked and expired passes stop earlier). */
  usableUntil: number;
  activity: number;
  /** Providers this pass never has seeded redemptions at (keeps demo till flows clean). */
  avoidProviderId?: string;
}

export interface SimOffer {
  id: string;
  providerId: string;
  priced: PricedOffer;
  regularPriceCents: number | null;
  validFrom: number;
  validUntil: number;
  limit: { perPass: number; period: LimitPeriod } | null;
  stockTotal: number | null;
  categories: readonly string[];
  targets: readonly TargetGroup[];
  wijkCodes: readonly string[];
  cities: readonly string[];
  hours: [number, number];
  popularity: number;
  onlyOn?: number | undefined;
  months?: readonly number[] | undefined;
  season?: 'summer' | 'winter' | undefined;
}

export interface SimRedemption {
  id: string;
  offerId: string;
  passId: string;
  providerId: string;
  priceCents: number;
  regularPriceCents: number | null;
  createdAt: Date;
  cancelledAt: Date | null;
}

const WEEKDAY_FACTOR = [0.8, 0.9, 1.15, 0.95, 1.1, 1.45, 0.75];
const MONTH_FACTOR = [0.8, 0.85, 0.95, 1, 1.05, 1.1, 1.15, 1.05, 1, 1, 0.95, 1.25];
const SUMMER = [0.4, 0.5, 0.8, 1.1, 1.4, 1.7, 2, 1.9, 1.2, 0.8, 0.5, 0.4];
const WINTER = [1.4, 1.3, 1.1, 0.9, 0.7, 0.6, 0.5, 0.5, 0.8, 1.1, 1.3, 1.4];
const CANCEL_RATE = 0.015;

export function simulateRedemptions(input: {
  passes: SimPass[];
  offers: SimOffer[];
  anchor: string;
  target: number;
  reducedTariffCategories: readonly PassCategory[];
  random: Random;
  ids: Random;
}): { redemptions: SimRedemption[]; stockUsed: Map<string, number> } {
  const { passes, offers, random, ids, reducedTariffCategories } = input;
  const last = dayNumber(input.anchor) - 1;
  const first = last - 364;

  // How many redemptions per day: proportional to the activity of the passes that can be used.
  const raw: number[] = [];
  const validByDay: { passes: SimPass[]; cumulative: Float64Array }[] = [];
  for (let day = first; day <= last; day++) {
    const valid = passes.filter((p) => p.validFrom <= day && day <= p.usableUntil);
    const cumulative = cumulativeSums(valid.map((p) => p.activity));
    validByDay.push({ passes: valid, cumulative });
    // Sub-linear in the number of usable passes: early adopters use their pass more often.
    raw.push(
      Math.pow(cumulative[cumulative.length - 1] ?? 0, 0.6) *
        WEEKDAY_FACTOR[weekday(day)]! *
        MONTH_FACTOR[monthOfYear(day)]!,
    );
  }
  const scale = input.target / raw.reduce((a, b) => a + b, 0);

  const offerWeights = new Map<string, Float64Array>();
  const weightsFor = (pass: SimPass, month: number): Float64Array => {
    const ageGroup =
      pass.category === 'child' ? 'child' : pass.age < 27 ? 'young' : pass.age >= 65 ? 'senior' : 'adult';
    const key = `${pass.wijkCode}|${ageGroup}|${month}`;
    let cached = offerWeights.get(key);
    if (!cached) {
      cached = cumulativeSums(offers.map((o) => offerWeight(o, pass, ageGroup, month)));
      offerWeights.set(key, cached);
    }
    return cached;
  };

  // Most stocked offers keep some stock left; about a third sell out.
  const stockCap = new Map(
    offers
      .filter((o) => o.stockTotal !== null)
      .map((o) => [
        o.id,
        random.chance(0.3) ? o.stockTotal! : Math.floor(o.stockTotal! * (1 - 0.1 - 0.4 * random.next())),
      ]),
  );
  const stockUsed = new Map<string, number>();
  const history = new Map<string, number[]>();
  const redemptions: SimRedemption[] = [];
  for (let day = first; day <= last; day++) {
    const { passes: valid, cumulative } = validByDay[day - first]!;
    if (valid.length === 0) continue;
    const expected = raw[day - first]! * scale;
    const count = Math.max(0, Math.round(expected * (0.85 + 0.3 * random.next())));
    const month = monthOfYear(day);
    const events: SimRedemption[] = [];
    for (let n = 0; n < count; n++) {
      const pass = valid[random.weightedIndex(cumulative)]!;
      const weights = weightsFor(pass, month);
      for (let attempt = 0; attempt < 8; attempt++) {
        const offer = offers[random.weightedIndex(weights)]!;
        if (!usable(offer, pass, day, history, stockUsed, stockCap)) continue;
        const [open, close] = offer.hours;
        const createdAt = amsterdamInstant(day, random.int(open, Math.max(open, close - 1)), random.int(0, 59));
        createdAt.setUTCSeconds(random.int(0, 59));
        const cancelled = random.chance(CANCEL_RATE);
        events.push({
          id: ids.uuid(),
          offerId: offer.id,
          passId: pass.id,
          providerId: offer.providerId,
          priceCents: priceToChargeCents(offer.priced, pass.category, reducedTariffCategories),
          regularPriceCents: offer.regularPriceCents,
          createdAt,
          cancelledAt: cancelled ? new Date(createdAt.getTime() + random.int(1, 25) * 60_000) : null,
        });
        if (!cancelled) {
          const key = `${pass.id}|${offer.id}`;
          const days = history.get(key);
          if (days) days.push(day);
          else history.set(key, [day]);
          if (offer.stockTotal !== null) stockUsed.set(offer.id, (stockUsed.get(offer.id) ?? 0) + 1);
        }
        break;
      }
    }
    events.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    redemptions.push(...events);
  }
  return { redemptions, stockUsed };
}

function usable(
  offer: SimOffer,
  pass: SimPass,
  day: number,
  history: Map<string, number[]>,
  stockUsed: Map<string, number>,
  stockCap: Map<string, number>,
): boolean {
  if (day < offer.validFrom || day > offer.validUntil) return false;
  if (offer.onlyOn !== undefined && weekday(day) !== offer.onlyOn) return false;
  if (offer.months && !offer.months.includes(monthOfYear(day) + 1)) return false;
  if (pass.avoidProviderId === offer.providerId) return false;
  if (
    offer.stockTotal !== null &&
    (stockUsed.get(offer.id) ?? 0) >= Math.min(offer.stockTotal, stockCap.get(offer.id) ?? 0)
  )
    return false;
  if (offer.limit) {
    const days = history.get(`${pass.id}|${offer.id}`) ?? [];
    const period = periodKey(offer.limit.period);
    const current = period(day);
    if (days.filter((d) => period(d) === current).length >= offer.limit.perPass) return false;
  }
  return true;
}

/** Days in the same period share a key. A pass has one pass year, so 'pass_year' and 'ever' cover all its days. */
function periodKey(period: LimitPeriod): (day: number) => number {
  switch (period) {
    case 'day':
      return (d) => d;
    case 'week':
      return weekIndex;
    case 'month':
      return monthIndex;
    case 'pass_year':
    case 'ever':
      return () => 0;
  }
}

function offerWeight(
  offer: SimOffer,
  pass: SimPass,
  ageGroup: 'child' | 'young' | 'adult' | 'senior',
  month: number,
): number {
  let w = offer.popularity;
  if (offer.wijkCodes.includes(pass.wijkCode)) w *= 6;
  else if (offer.cities.includes(pass.city)) w *= 2;
  const forChildren =
    offer.targets.includes('kinderen') || offer.targets.includes('gezinnen') || offer.categories.includes('kinderen');
  if (ageGroup === 'child') w *= forChildren ? 6 : 0.2;
  else if (offer.targets.length > 0 && offer.targets.every((t) => t === 'kinderen')) w *= 0.3;
  if (ageGroup === 'young' && offer.targets.includes('jongeren')) w *= 3;
  if (
    ageGroup !== 'young' &&
    ageGroup !== 'child' &&
    offer.targets.length > 0 &&
    offer.targets.every((t) => t === 'jongeren')
  )
    w *= 0.15;
  if (ageGroup === 'senior' && offer.targets.includes('ouderen')) w *= 3;
  if (ageGroup !== 'senior' && offer.targets.length > 0 && offer.targets.every((t) => t === 'ouderen')) w *= 0.3;
  if (pass.category === 'low_income' && offer.priced.reducedPriceCents !== null) w *= 1.8;
  if (offer.season === 'summer') w *= SUMMER[month]!;
  if (offer.season === 'winter') w *= WINTER[month]!;
  if (offer.months && !offer.months.includes(month + 1)) w *= 0.02;
  return w;
}
