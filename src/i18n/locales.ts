/**
 * The one list of the site's languages.
 *
 * Adding a language = one entry here + `content/ui/<code>.json` + its pages under
 * `content/pages/<code>/`. Routing, the language switcher, the sitemap, the 404 redirects,
 * the key check and the fallback pages all read this list; nothing else needs to change.
 *
 * This file is plain, erasable TypeScript with no imports, so Astro, Vite, Node's type
 * stripping (scripts) and the functions bundler can all load it.
 */
export interface LocaleDefinition {
  /** BCP 47 code, used in URLs (`/ar/…`), in `lang` attributes and as the content folder name. */
  code: string;
  /** The language's name in its own script, as shown in the language chooser and switcher. */
  endonym: string;
  /** The language's name in English, for editors' tables and logs. */
  englishName: string;
  /** Writing direction of the script. */
  dir: 'ltr' | 'rtl';
  /**
   * Where a page this locale lacks is taken from, in order. Defaults to `en`, then `nl`
   * (the source). The source locale has no fallback.
   */
  fallback?: string[];
}

/** The source language: every page is written in it first. */
export const SOURCE_LOCALE = 'nl';

export const LOCALES: readonly LocaleDefinition[] = [
  { code: 'nl', endonym: 'Nederlands', englishName: 'Dutch', dir: 'ltr', fallback: [] },
  { code: 'en', endonym: 'English', englishName: 'English', dir: 'ltr', fallback: ['nl'] },
  { code: 'ar', endonym: 'العربية', englishName: 'Arabic', dir: 'rtl' },
  { code: 'fa', endonym: 'فارسی / دری', englishName: 'Farsi / Dari', dir: 'rtl' },
  { code: 'ti', endonym: 'ትግርኛ', englishName: 'Tigrinya', dir: 'ltr' },
  { code: 'tr', endonym: 'Türkçe', englishName: 'Turkish', dir: 'ltr' },
];

/** All locale codes, in the order of {@link LOCALES}. */
export const LOCALE_CODES: readonly string[] = LOCALES.map((l) => l.code);

const DEFAULT_FALLBACK = ['en', SOURCE_LOCALE];

/** The definition for a code; throws on an unknown code so mistakes surface at build time. */
export function getLocale(code: string): LocaleDefinition {
  const found = LOCALES.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}". Known: ${LOCALE_CODES.join(', ')}.`);
  return found;
}

export function isLocale(code: unknown): code is string {
  return typeof code === 'string' && LOCALE_CODES.includes(code);
}

/** The fallback chain of a locale, without itself and without unknown codes. */
export function fallbackChain(code: string): string[] {
  const chain = getLocale(code).fallback ?? DEFAULT_FALLBACK;
  return chain.filter((c) => c !== code && isLocale(c));
}
