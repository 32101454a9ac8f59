/**
 * Which content each page URL shows. Every Dutch page exists at every locale's URL: with the
 * locale's own translation when there is one, otherwise with the first language in the locale's
 * fallback chain that has it (a "fallback page").
 */
import { fallbackChain, LOCALE_CODES, SOURCE_LOCALE } from '../i18n/locales.ts';

export interface PageId {
  lang: string;
  slug: string;
}

/** "ar/pip" → { lang: "ar", slug: "pip" }. */
export function splitPageId(id: string): PageId {
  const slash = id.indexOf('/');
  if (slash < 1)
    throw new Error(`Page "${id}" must be in a language folder: content/pages/<lang>/<slug>.mdx`);
  return { lang: id.slice(0, slash), slug: id.slice(slash + 1) };
}

/**
 * The language whose text a reader of `lang` sees: their own when `has(lang)`, else the first of
 * the fallback chain that has it, else the source. The same rule for pages and checker results.
 */
export function contentLanguageOf(lang: string, has: (code: string) => boolean): string {
  if (has(lang)) return lang;
  return fallbackChain(lang).find(has) ?? SOURCE_LOCALE;
}

export interface ResolvedPage<T> {
  /** The locale of the URL. */
  lang: string;
  slug: string;
  /** The entry shown. */
  entry: T;
  /** The language the shown content is written in. */
  contentLang: string;
  /** True when the content comes from another language. */
  isFallback: boolean;
}

/**
 * Resolves every (locale, Dutch slug) pair. Throws when a translation has a slug that the Dutch
 * source does not have (it would never be reachable), naming the file.
 */
export function resolvePages<T extends { id: string }>(entries: readonly T[]): ResolvedPage<T>[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const slugs: string[] = [];
  for (const entry of entries) {
    const { lang, slug } = splitPageId(entry.id);
    if (!LOCALE_CODES.includes(lang)) {
      throw new Error(
        `content/pages/${entry.id}.mdx: "${lang}" is not a language of the site (src/i18n/locales.ts).`,
      );
    }
    if (lang === SOURCE_LOCALE) slugs.push(slug);
    else if (!byId.has(`${SOURCE_LOCALE}/${slug}`)) {
      throw new Error(
        `content/pages/${entry.id}.mdx has no Dutch source content/pages/${SOURCE_LOCALE}/${slug}.mdx; ` +
          'a translation keeps the Dutch file name.',
      );
    }
  }
  const resolved: ResolvedPage<T>[] = [];
  for (const lang of LOCALE_CODES) {
    for (const slug of slugs) {
      const from = contentLanguageOf(lang, (code) => byId.has(`${code}/${slug}`));
      resolved.push({
        lang,
        slug,
        entry: byId.get(`${from}/${slug}`)!,
        contentLang: from,
        isFallback: from !== lang,
      });
    }
  }
  return resolved;
}
