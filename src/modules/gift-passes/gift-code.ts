import { randomInt } from 'node:crypto';

/**
 * Gift codes: 12 characters from 32 that cannot be mistaken for each other (no I, L, O, U),
 * printed in groups of four (`K7QM-3XPA-9RDV`). About 60 bits: guessing one is hopeless, and
 * failed attempts are rate-limited.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newGiftCode(): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

export const formatGiftCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1-');

/** What a person typed, as stored: upper case, without spaces and dashes; O read as 0, I and L as 1. */
export function normaliseGiftCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{12}$/.test(code) ? code : null;
}
