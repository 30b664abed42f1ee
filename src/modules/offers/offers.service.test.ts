import { describe, expect, it } from 'vitest';
import { searchTerms } from './offers.service.ts';

describe('searchTerms', () => {
  it('keeps only lower-cased words of letters and digits', () => {
    expect(searchTerms('  Zwemmen, taart!  ')).toEqual(['zwemmen', 'taart']);
    expect(searchTerms("café 25% 'a' & b:* | !c")).toEqual(['café', '25', 'a', 'b', 'c']);
  });

  it('drops duplicates and bounds the number of words', () => {
    expect(searchTerms('taart Taart TAART')).toEqual(['taart']);
    expect(searchTerms(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))).toHaveLength(8);
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms('!!! ***')).toEqual([]);
  });
});
