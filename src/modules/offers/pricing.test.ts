import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passPriceCents, priceToChargeCents, type PricedOffer } from './pricing.ts';

const base: PricedOffer = {
  priceType: 'free',
  regularPriceCents: null,
  discountPercent: null,
  amountOffCents: null,
  fixedPriceCents: null,
  reducedPriceCents: null,
};

describe('pricing', () => {
  it('computes each price type', () => {
    expect(passPriceCents({ ...base, priceType: 'free' })).toBe(0);
    expect(passPriceCents({ ...base, priceType: 'fixed_price', fixedPriceCents: 350 })).toBe(350);
    expect(
      passPriceCents({ ...base, priceType: 'percentage_discount', regularPriceCents: 1000, discountPercent: 25 }),
    ).toBe(750);
    expect(passPriceCents({ ...base, priceType: 'amount_off', regularPriceCents: 1000, amountOffCents: 1500 })).toBe(0);
  });

  it('applies the kansentarief only to reduced-tariff categories, and never raises a price', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 100_000 }),
        (regular, percent, reduced) => {
          const offer = {
            ...base,
            priceType: 'percentage_discount' as const,
            regularPriceCents: regular,
            discountPercent: percent,
            reducedPriceCents: reduced,
          };
          const passPrice = passPriceCents(offer)!;
          expect(priceToChargeCents(offer, 'regular', ['low_income'])).toBe(passPrice);
          expect(priceToChargeCents(offer, 'carer', ['low_income'])).toBe(passPrice);
          expect(priceToChargeCents(offer, 'low_income', ['low_income'])).toBe(Math.min(passPrice, reduced));
        },
      ),
    );
  });
});
