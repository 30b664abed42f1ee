import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './common/nl.json';

/** The languages of Zaanstad: Dutch first (B1), then English, Turkish, Arabic (right to left), Polish, Ukrainian. */
export const ALL_LANGUAGES = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
export type LanguageCode = (typeof ALL_LANGUAGES)[number];

/**
 * The languages offered in the language menu, each named in itself. Public and resident pages
 * are complete in all of them (test/web-i18n.test.ts); staff pages fall back to Dutch.
 */
export const LANGUAGES: readonly { code: LanguageCode; name: string }[] = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
  { code: 'tr', name: 'Türkçe' },
  { code: 'ar', name: 'العربية' },
  { code: 'pl', name: 'Polski' },
  { code: 'uk', name: 'Українська' },
];

/** Languages written right to left: the page gets dir="rtl" and its layout mirrors (logical CSS properties). */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar']);
export const directionOf = (language: string): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr');

/**
 * Something given per language: Dutch and English always; the other languages where a page is public
 * or for residents (staff pages are Dutch and English only). A missing language falls back to Dutch.
 */
export type PerLanguage<T> = { nl: T; en: T } & Partial<Record<Exclude<LanguageCode, 'nl' | 'en'>, T>>;

/** The texts every page needs (layout, menu, problems, common words); each feature brings its own namespace. */
export const COMMON_NAMESPACE = 'common';

export type NamespaceLoaders = Record<string, PerLanguage<() => Promise<{ default: object }>>>;

/**
 * The common texts per language. Dutch is in the main bundle (the default, and every fallback);
 * the others come with the first page in that language, so the home page stays small.
 */
const COMMON_TEXTS: PerLanguage<() => Promise<{ default: object }>> = {
  nl: () => Promise.resolve({ default: nl }),
  en: () => import('./common/en.json'),
  tr: () => import('./common/tr.json'),
  ar: () => import('./common/ar.json'),
  pl: () => import('./common/pl.json'),
  uk: () => import('./common/uk.json'),
};

const STORAGE_KEY = 'stadspas.language';

function storedLanguage(): LanguageCode {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguageCode(value) ? value : 'nl';
  } catch {
    return 'nl';
  }
}

/** Loads a feature's namespace with a dynamic import, so each page downloads only the texts it uses. */
function lazyNamespaces(loaders: NamespaceLoaders): BackendModule {
  return {
    type: 'backend',
    init() {},
    read(language: string, namespace: string, callback: ReadCallback) {
      const perLanguage = loaders[namespace];
      const load = perLanguage?.[language as LanguageCode];
      if (perLanguage && !load) {
        // No texts in this language (a staff page): i18next falls back to Dutch.
        callback(null, {});
        return;
      }
      if (!load) {
        callback(new Error(`No texts for namespace ${namespace} in ${language}`), false);
        return;
      }
      load().then(
        (module) => callback(null, module.default as Parameters<ReadCallback>[1]),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };
}

/**
 * Dutch first. The Dutch common namespace is in the main bundle; the other languages' common
 * texts and a feature's namespace come when a page asks for them (React suspends until then).
 * Keys missing in a feature's namespace fall back to the common one. The <html lang> and <html
 * dir> attributes follow the chosen language.
 */
export function startI18n(loaders: NamespaceLoaders) {
  void i18next
    .use(lazyNamespaces({ ...loaders, [COMMON_NAMESPACE]: COMMON_TEXTS }))
    .use(initReactI18next)
    .init({
      resources: { nl: { [COMMON_NAMESPACE]: nl } },
      partialBundledLanguages: true,
      ns: [COMMON_NAMESPACE],
      defaultNS: COMMON_NAMESPACE,
      fallbackNS: COMMON_NAMESPACE,
      lng: storedLanguage(),
      fallbackLng: 'nl',
      supportedLngs: [...ALL_LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  const syncHtmlLang = (language: string) => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  };
  syncHtmlLang(i18next.language);
  i18next.on('languageChanged', syncHtmlLang);
}

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (ALL_LANGUAGES as readonly string[]).includes(value);
}

export function setLanguage(language: LanguageCode) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  void i18next.changeLanguage(language);
}

export default i18next;
