/** "12,50" or "12.50" → 1250; empty → null; anything else → NaN (the form says what is wrong). */
export function parseEuros(text: string): number | null {
  const value = text.trim().replace(',', '.');
  if (!value) return null;
  return /^\d+(\.\d{1,2})?$/.test(value) ? Math.round(Number(value) * 100) : Number.NaN;
}

export const formatEuros = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? '' : (cents / 100).toFixed(2).replace('.', ',');
