/**
 * Checks that a language has every interface string the Dutch source has (used by the content
 * check, src/content-check/ui-rules.ts).
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
