import { describe, expect, it } from 'vitest';
import { foldAccents, searchTerms } from './offers.service.ts';

const words = (q: string | undefined) => searchTerms(q).map((term) => term.word);

describe('searchTerms', () => {
  it('keeps only lower-cased words of letters and digits', () => {
    expect(words('  Zwemmen, taart!  ')).toEqual(['zwemmen', 'taart']);
    expect(words("café 25% 'a' & b:* | !c")).toEqual(['café', '25', 'a', 'b', 'c']);
  });

  it('drops duplicates and bounds the number of words', () => {
    expect(words('taart Taart TAART')).toEqual(['taart']);
    expect(words(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))).toHaveLength(8);
    expect(words('')).toEqual([]);
    expect(words(undefined)).toEqual([]);
    expect(words('!!! ***')).toEqual([]);
  });

  it('folds accents the way unaccent does, for trigram matching', () => {
    expect(foldAccents('café')).toBe('cafe');
    expect(foldAccents('crème brûlée')).toBe('creme brulee');
    expect(searchTerms('Café')).toEqual([{ word: 'café', folded: 'cafe' }]);
  });
});
