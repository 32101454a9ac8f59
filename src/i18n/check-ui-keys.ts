/**
 * Checks that a language has every interface string the Dutch source has.
 *
 * Plural keys (`x_one`, `x_other`, …) are compared by their base: a language needs the plural
 * forms its own grammar uses (Intl.PluralRules), not the Dutch ones — Arabic needs six.
 */
export type Strings = Record<string, string>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function pluralCategories(locale: string): string[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
}

/** Keys the target locale is missing, compared with the source strings. */
export function missingKeys(source: Strings, target: Strings, targetLocale: string): string[] {
  const missing = new Set<string>();
  const categories = pluralCategories(targetLocale);
  for (const key of Object.keys(source)) {
    if (PLURAL_SUFFIX.test(key)) {
      const base = key.replace(PLURAL_SUFFIX, '');
      for (const category of categories) {
        const needed = `${base}_${category}`;
        if (!(needed in target)) missing.add(needed);
      }
    } else if (!(key in target)) {
      missing.add(key);
    }
  }
  return [...missing].sort();
}

/** A readable report for the build log, or null when nothing is missing. */
export function missingKeysReport(all: Record<string, Strings>, sourceLocale: string): string | null {
  const source = all[sourceLocale];
  if (!source) return `content/ui/${sourceLocale}.json is missing: the source strings are needed.`;
  const lines: string[] = [];
  for (const [locale, strings] of Object.entries(all)) {
    if (locale === sourceLocale) continue;
    const missing = missingKeys(source, strings, locale);
    if (missing.length > 0)
      lines.push(`content/ui/${locale}.json lacks ${missing.length}: ${missing.join(', ')}`);
  }
  return lines.length > 0 ? `Interface strings are missing.\n${lines.join('\n')}` : null;
}
