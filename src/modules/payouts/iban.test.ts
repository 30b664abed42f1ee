import { describe, expect, it } from 'vitest';
import { formatIban, ibanCheckDigits, ibanMod97, isValidBic, normalizeIban, validateIban } from './iban.ts';

describe('IBAN (ISO 13616 mod-97)', () => {
  it('accepts valid IBANs of several countries', () => {
    for (const iban of [
      'NL91ABNA0417164300',
      'NL20INGB0001234567',
      'DE89370400440532013000',
      'BE68539007547034',
      'GB82WEST12345698765432',
    ]) {
      expect(validateIban(iban), iban).toEqual({ ok: true, iban });
      expect(ibanMod97(iban)).toBe(1);
    }
  });

  it('normalises lowercase and spaces', () => {
    expect(normalizeIban(' nl91 abna 0417 1643 00 ')).toBe('NL91ABNA0417164300');
    expect(validateIban('nl91 abna 0417 1643 00')).toEqual({ ok: true, iban: 'NL91ABNA0417164300' });
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
  });

  it('refuses every single-digit typo and every swap of two neighbouring different digits', () => {
    const valid = 'NL91ABNA0417164300';
    for (let i = 8; i < valid.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[i]) continue;
        const typo = valid.slice(0, i) + d + valid.slice(i + 1);
        expect(validateIban(typo), typo).toMatchObject({ ok: false, code: 'iban-check-digits' });
      }
      if (i + 1 < valid.length && valid[i] !== valid[i + 1]) {
        const swapped = valid.slice(0, i) + valid[i + 1] + valid[i] + valid.slice(i + 2);
        expect(validateIban(swapped).ok, swapped).toBe(false);
      }
    }
    expect(validateIban('NL92ABNA0417164300')).toMatchObject({ ok: false, code: 'iban-check-digits' });
  });

  it('refuses wrong lengths, unknown countries and odd characters', () => {
    expect(validateIban('NL91ABNA041716430')).toMatchObject({ ok: false, code: 'iban-length' });
    expect(validateIban('NL91ABNA04171643000')).toMatchObject({ ok: false, code: 'iban-length' });
    expect(validateIban('XX91ABNA0417164300')).toMatchObject({ ok: false, code: 'iban-country' });
    expect(validateIban('NL91ABNA04171643!0')).toMatchObject({ ok: false, code: 'iban-characters' });
    expect(validateIban('NL91ABN10417164300')).toMatchObject({ ok: false, code: 'iban-format' });
    expect(validateIban('')).toMatchObject({ ok: false, code: 'iban-empty' });
  });

  it('computes check digits that validate', () => {
    expect(ibanCheckDigits('NL', 'ABNA0417164300')).toBe('91');
    const made = `NL${ibanCheckDigits('NL', 'BNGH0285170019')}BNGH0285170019`;
    expect(validateIban(made).ok).toBe(true);
  });

  it('checks BICs', () => {
    expect(isValidBic('BNGHNL2G')).toBe(true);
    expect(isValidBic('ABNANL2AXXX')).toBe(true);
    expect(isValidBic('ABNA')).toBe(false);
  });
});
