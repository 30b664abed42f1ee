import { describe, expect, it } from 'vitest';
import { formatGiftCode, newGiftCode, normaliseGiftCode } from './gift-code.ts';

describe('gift codes', () => {
  it('are 12 unambiguous characters, printed in groups of four, read back however typed', () => {
    const code = newGiftCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(formatGiftCode('K7QM3XPA9RDV')).toBe('K7QM-3XPA-9RDV');
    expect(normaliseGiftCode(' k7qm-3xpa 9rdv ')).toBe('K7QM3XPA9RDV');
    expect(normaliseGiftCode('K7QM-3XPA-9RDO')).toBe('K7QM3XPA9RD0');
    expect(normaliseGiftCode('K7QM-3XPA-9RD')).toBeNull();
    expect(normaliseGiftCode('K7QM-3XPA-9RDU')).toBeNull();
  });
});
