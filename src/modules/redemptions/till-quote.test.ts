import { describe, expect, it } from 'vitest';
import { TillQuotes, type QuotedRedemption } from './till-quote.ts';

const quote: QuotedRedemption = {
  tenantId: 'zaanstad', providerId: 'p', offerId: 'o', offerTitle: 'Zwemmen', passId: 'pass', passNumber: '0479000000018', passVersion: 3,
  priceCents: 100, regularPriceCents: 650, reimbursedCents: 550, source: { type: 'action_budget' }, takeStock: false, expiresAt: 2_000,
};

describe('till quotes', () => {
  const quotes = new TillQuotes('a secret of the server');

  it('opens what it sealed, until it expires', () => {
    const sealed = quotes.seal(quote);
    expect(quotes.open(sealed, 1_000)).toEqual(quote);
    expect(quotes.open(sealed, 2_001)).toBeNull();
  });

  it('hides what it carries from the till', () => {
    const sealed = quotes.seal(quote);
    const visible = Buffer.from(sealed.slice(3), 'base64url').toString('latin1') + sealed;
    for (const secret of ['reimbursed', '550', 'action_budget', 'Zwemmen', '0479000000018']) expect(visible).not.toContain(secret);
  });

  it('ignores a changed quote, a quote of another server and anything else', () => {
    const sealed = quotes.seal(quote);
    const flipped = sealed.slice(0, 10) + (sealed[10] === 'A' ? 'B' : 'A') + sealed.slice(11);
    expect(quotes.open(flipped, 1_000)).toBeNull();
    expect(new TillQuotes('another secret').open(sealed, 1_000)).toBeNull();
    for (const junk of [undefined, '', 'q1.', 'q1.abc', 'nonsense', `q2.${sealed.slice(3)}`]) expect(quotes.open(junk, 1_000)).toBeNull();
  });

  it('seals every quote with its own IV, also past a batch of random bytes', () => {
    const ivs = new Set(Array.from({ length: 1_500 }, () => Buffer.from(quotes.seal(quote).slice(3), 'base64url').subarray(0, 12).toString('hex')));
    expect(ivs.size).toBe(1_500);
  });
});
