import type { OfferSummary } from '../api/catalogue.ts';

type Field = 'title' | 'summary' | 'description';

/**
 * An offer's text in the visitor's language when the provider gave a translation, otherwise as
 * the provider wrote it. `lang` tells the page which language the text is actually in.
 */
export function translated<
  T extends Pick<OfferSummary, 'title' | 'summary' | 'translations'> & { description?: string },
>(offer: T, field: Field, language: string): { text: string; lang: string | undefined } {
  const translations = offer.translations as Partial<Record<string, Partial<Record<Field, string>>>>;
  const text = translations[language]?.[field];
  if (text) return { text, lang: undefined };
  // The original is Dutch: mark it, so a screen reader reads it as Dutch on an English page.
  return { text: offer[field] ?? '', lang: language === 'nl' ? undefined : 'nl' };
}
