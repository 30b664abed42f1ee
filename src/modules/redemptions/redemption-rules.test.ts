import { describe, expect, it } from 'vitest';
import { quotedCreditToSpend } from './redemption-rules.ts';
import type { QuotedOffer } from './till-quote.ts';

const offer = (spendableCredit: QuotedOffer['spendableCredit'], priceCents = 800): QuotedOffer => ({
  offerId: 'o',
  offerTitle: 'Zwemles',
  priceCents,
  regularPriceCents: 1000,
  reimbursedCents: 0,
  source: null,
  takeStock: false,
  spendableCredit,
});
const sooner = { id: 'a', balanceCents: 200, validUntil: '2026-12-31' };
const later = { id: 'b', balanceCents: 1000, validUntil: '2027-07-31' };

describe('quotedCreditToSpend: paying from credit on a till quote', () => {
  it('spends the listed accounts in their order, the one that ends first first', () => {
    expect(quotedCreditToSpend(offer([sooner, later]), 500, '2026-12-04')).toEqual([
      { accountId: 'a', amountCents: 200 },
      { accountId: 'b', amountCents: 300 },
    ]);
    expect(quotedCreditToSpend(offer([sooner, later]), 0, '2026-12-04')).toEqual([]);
  });

  it('leaves to the read what the quote cannot decide: more than the price, more than listed, a scheme ended since', () => {
    expect(quotedCreditToSpend(offer([sooner, later]), 801, '2026-12-04')).toBeNull();
    expect(quotedCreditToSpend(offer([sooner], 800), 300, '2026-12-04')).toBeNull();
    expect(quotedCreditToSpend(offer([]), 100, '2026-12-04')).toBeNull();
    // The list was made on the scheme's last day; the payment comes after midnight.
    expect(quotedCreditToSpend(offer([sooner, later]), 100, '2027-01-01')).toBeNull();
  });
});
