/**
 * Pass numbers: the municipality's 4-digit CBS code, an 8-digit serial and a Luhn check
 * digit (13 digits, printed as `0479 1234 5678 9`). The check digit catches every single
 * typo and most swaps of neighbouring digits at the till, before the database is asked.
 */
const DIGITS = /^\d+$/;

export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let digit = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function makePassNumber(municipalityCode: string, serial: number): string {
  const payload = municipalityCode.padStart(4, '0') + String(serial).padStart(8, '0');
  return payload + luhnCheckDigit(payload);
}

/** Strips spaces and dashes that people type or that card printers add. */
export function normalizePassNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function isValidPassNumber(input: string): boolean {
  const number = normalizePassNumber(input);
  if (number.length !== 13 || !DIGITS.test(number)) return false;
  return luhnCheckDigit(number.slice(0, -1)) === Number(number.at(-1));
}

export function formatPassNumber(number: string): string {
  return number.replace(/^(\d{4})(\d{4})(\d{4})(\d)$/, '$1 $2 $3 $4');
}
