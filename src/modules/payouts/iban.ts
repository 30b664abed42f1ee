/**
 * IBAN validation (ISO 13616): country code, two check digits, then the national account
 * number (BBAN), whose length is fixed per country. The check digits make the whole number
 * equal 1 modulo 97 once the first four characters are moved to the end and letters are
 * replaced by numbers (A = 10 ... Z = 35). One typed-wrong or two swapped characters never pass.
 */

/** IBAN length per country (SEPA countries and a few neighbours). Unknown countries are refused. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

export type IbanProblem =
  'iban-empty' | 'iban-characters' | 'iban-country' | 'iban-length' | 'iban-format' | 'iban-check-digits';

export type IbanResult = { ok: true; iban: string } | { ok: false; code: IbanProblem; reason: string };

/** Spaces and lowercase as people type them: 'nl91 abna 0417 1643 00' -> 'NL91ABNA0417164300'. */
export function normalizeIban(input: string): string {
  return input.replace(/[\s\u00a0-]+/g, '').toUpperCase();
}

/** The remainder modulo 97 of the IBAN read as a number (first four characters moved to the end). */
export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48; // 'A' = 10, '0' = 0
    // Letters are two digits, digits one: shift the remainder accordingly.
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder;
}

/** Checks an IBAN and returns it normalised (no spaces, capitals), or the first problem with it. */
export function validateIban(input: string): IbanResult {
  const iban = normalizeIban(input);
  if (iban.length === 0) return { ok: false, code: 'iban-empty', reason: 'the IBAN is empty' };
  if (!/^[A-Z0-9]+$/.test(iban))
    return { ok: false, code: 'iban-characters', reason: 'an IBAN has only letters and digits' };
  const country = iban.slice(0, 2);
  const length = IBAN_LENGTHS[country];
  if (!/^[A-Z]{2}$/.test(country) || length === undefined) {
    return {
      ok: false,
      code: 'iban-country',
      reason: `"${country}" is not a country whose IBANs can be paid by SEPA transfer`,
    };
  }
  if (iban.length !== length)
    return {
      ok: false,
      code: 'iban-length',
      reason: `an IBAN from ${country} has ${length} characters, this one has ${iban.length}`,
    };
  if (!/^[A-Z]{2}[0-9]{2}/.test(iban))
    return { ok: false, code: 'iban-format', reason: 'characters 3 and 4 of an IBAN are check digits' };
  if (country === 'NL' && !/^NL[0-9]{2}[A-Z]{4}[0-9]{10}$/.test(iban)) {
    return {
      ok: false,
      code: 'iban-format',
      reason: 'a Dutch IBAN is NL, two check digits, a four-letter bank code and ten digits',
    };
  }
  if (ibanMod97(iban) !== 1)
    return { ok: false, code: 'iban-check-digits', reason: 'the check digits do not match: is there a typing error?' };
  return { ok: true, iban };
}

export const isValidIban = (input: string) => validateIban(input).ok;

/** The two check digits that make `country + '00' + bban` a valid IBAN (for demo data and tests). */
export function ibanCheckDigits(country: string, bban: string): string {
  const remainder = ibanMod97(`${country}00${bban}`.toUpperCase());
  return String(98 - remainder).padStart(2, '0');
}

/** 'NL91ABNA0417164300' -> 'NL91 ABNA 0417 1643 00' (paper and screen form). */
export const formatIban = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');

/** BIC (ISO 9362): 8 or 11 characters. */
export const isValidBic = (bic: string) => /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic);
