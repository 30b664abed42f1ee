import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_LENGTH, TillQuotes, type QuotedOffer, type TillQuote } from './till-quote.ts';

const offer = (n: number): QuotedOffer => ({
  offerId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  offerTitle: `Zwemmen in het Zaanbad, baantjes in de ochtend ${n}`,
  priceCents: 100,
  regularPriceCents: 650,
  reimbursedCents: 550,
  source: { type: 'action_budget' },
  takeStock: false,
  spendableCredit:
    n === 1 ? [{ id: '00000000-0000-4000-8000-00000000aaaa', balanceCents: 2_500, validUntil: '2027-07-31' }] : [],
});
const quote: TillQuote = {
  tenantId: 'zaanstad',
  providerId: 'p',
  pass: { passId: 'pass', passNumber: '0479000000018', passVersion: 3 },
  offers: [offer(1), offer(2)],
  expiresAt: 2_000,
};

describe('till quotes', () => {
  const quotes = new TillQuotes('a secret of the server');
  const seal = (q: TillQuote) => {
    const sealed = quotes.seal(q);
    if (sealed === undefined) throw new Error('not sealed');
    return sealed;
  };

  it('opens what it sealed, until it expires', () => {
    const sealed = seal(quote);
    expect(quotes.open(sealed, 1_000)).toEqual(quote);
    expect(quotes.open(sealed, 2_001)).toBeNull();
  });

  it('hides what it carries from the till', () => {
    const sealed = seal(quote);
    const visible = Buffer.from(sealed.slice(3), 'base64url').toString('latin1') + sealed;
    for (const secret of ['reimbursed', '550', 'action_budget', 'Zwemmen', '0479000000018'])
      expect(visible).not.toContain(secret);
  });

  it('ignores a changed quote, a quote of another server and anything else', () => {
    const sealed = seal(quote);
    const flipped = sealed.slice(0, 10) + (sealed[10] === 'A' ? 'B' : 'A') + sealed.slice(11);
    expect(quotes.open(flipped, 1_000)).toBeNull();
    expect(new TillQuotes('another secret').open(sealed, 1_000)).toBeNull();
    // q1 was the quote of one offer, before one quote covered the list; q2 carried no credit.
    for (const junk of [undefined, '', 'q3.', 'q3.abc', 'nonsense', `q1.${sealed.slice(3)}`, `q2.${sealed.slice(3)}`])
      expect(quotes.open(junk, 1_000)).toBeNull();
  });

  it('seals every quote with its own IV, also past a batch of random bytes', () => {
    const ivs = new Set(
      Array.from({ length: 1_500 }, () =>
        Buffer.from(seal(quote).slice(3), 'base64url').subarray(0, 12).toString('hex'),
      ),
    );
    expect(ivs.size).toBe(1_500);
  });

  it('covers 40 offers with real-length ids and titles, and gives no quote for a list too long to hand back', () => {
    const offers = (count: number) => Array.from({ length: count }, (_, i) => offer(i));
    expect(seal({ ...quote, offers: offers(40) }).length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
    expect(quotes.seal({ ...quote, offers: offers(200) })).toBeUndefined();
  });
});
