/**
 * Dates in the reader's language (Intl, so no strings to translate). Language names come from the
 * interface strings (`language.<code>`), not from Intl, whose words differ from the site's own.
 */

/**
 * The Intl locale for a site language. English pages write British English ("1 January 2022"),
 * so `en` formats as en-GB; the other codes are used as they are.
 */
export function intlLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

/**
 * A second set of month names, given in brackets after the first: Persian pages serve readers of
 * Iranian Persian and of Dari, and write "ژانویه (جنوری)" as the translations do (Dari from Intl's fa-AF).
 */
const MONTH_GLOSS: Record<string, string> = { fa: 'fa-AF' };

/** A date in the Gregorian calendar that letters and deadlines use, with Latin digits like the numbers around it. */
function dateText(date: Date, lang: string, options: Intl.DateTimeFormatOptions): string {
  const parts = new Intl.DateTimeFormat(intlLocale(lang), {
    ...options,
    calendar: 'gregory',
    numberingSystem: 'latn',
    timeZone: 'UTC',
  }).formatToParts(date);
  const gloss = MONTH_GLOSS[lang];
  const other =
    gloss &&
    new Intl.DateTimeFormat(gloss, { month: 'long', calendar: 'gregory', timeZone: 'UTC' }).format(date);
  return parts
    .map((p) => {
      if (p.type !== 'month' || !other) return p.value;
      const month = p.value.replace(/\u0654$/, ''); // the ezafe links the month to the year; the brackets come between
      return month === other ? p.value : `${month} (${other})`;
    })
    .join('');
}

/** A calendar date in full: "1 januari 2022", "1 January 2022", "1 ژانویه (جنوری) 2022". */
export function formatDate(date: Date, locale: string): string {
  return dateText(date, locale, { dateStyle: 'long' });
}

/** A month of a year: "juli 2025", "July 2025". */
export function formatMonth(date: Date, locale: string): string {
  return dateText(date, locale, { year: 'numeric', month: 'long' });
}
