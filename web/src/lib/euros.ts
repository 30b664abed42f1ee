/**
 * What people type as an amount in euros: "150", "150,00", "12,5", "1.234,56", "€ 12,50".
 * Returns whole cents, or why it is not an amount. Never rounds: "0,001" is refused.
 */
export type EuroParse =
  | { ok: true; cents: number }
  | { ok: false; problem: 'required' | 'not-a-number' | 'fraction-of-cent' | 'not-positive' | 'too-large' };

export function parseEuros(input: string): EuroParse {
  let text = input.replace(/[€\s]/g, '');
  if (text === '') return { ok: false, problem: 'required' };
  if (text.startsWith('-')) return { ok: false, problem: 'not-positive' };
  // "1.234,56": points group thousands when a comma is the decimal sign.
  if (text.includes(',')) text = text.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { ok: false, problem: 'not-a-number' };
  const whole = match[1]!;
  const decimals = match[2] ?? '';
  if (/[1-9]/.test(decimals.slice(2))) return { ok: false, problem: 'fraction-of-cent' };
  if (whole.replace(/^0+/, '').length > 9) return { ok: false, problem: 'too-large' };
  const cents = Number(whole) * 100 + Number(decimals.slice(0, 2).padEnd(2, '0'));
  if (cents <= 0) return { ok: false, problem: 'not-positive' };
  return { ok: true, cents };
}

/** 15000 -> "150,00", for a field's starting value. */
export const centsToEuroInput = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/** A booking reference for a form: new for each booking, the same when a request is retried. */
export const newReference = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;
