/** Dates and language names in the reader's language (Intl, so no strings to translate). */

/**
 * A calendar date in full, in the Gregorian calendar that letters and deadlines use, with the
 * Latin digits the pages use (so a date reads the same as the numbers around it).
 */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    calendar: 'gregory',
    numberingSystem: 'latn',
    timeZone: 'UTC',
  }).format(date);
}

/** The name of a language in the reader's language: languageName("en", "nl") → "Engels". */
export function languageName(code: string, inLocale: string): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
}
