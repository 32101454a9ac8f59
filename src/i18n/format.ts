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

/**
 * A date in the Gregorian calendar that letters and deadlines use, with Latin digits like the numbers
 * around it. Calendar dates are UTC midnights; a moment (a session) passes its own time zone.
 */
function dateText(date: Date, lang: string, options: Intl.DateTimeFormatOptions): string {
  const timeZone = options.timeZone ?? 'UTC';
  const parts = new Intl.DateTimeFormat(intlLocale(lang), {
    ...options,
    calendar: 'gregory',
    numberingSystem: 'latn',
    timeZone,
  }).formatToParts(date);
  const gloss = MONTH_GLOSS[lang];
  const other =
    gloss && new Intl.DateTimeFormat(gloss, { month: 'long', calendar: 'gregory', timeZone }).format(date);
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

/**
 * A moment on the clock of a time zone (Europe/Amsterdam for sessions), in full with the weekday:
 * "maandag 26 oktober 2026 om 10:00", "Monday 26 October 2026 at 10:00". 24-hour clock, Latin digits.
 */
export function formatDateTime(instant: Date, locale: string, timeZone: string): string {
  return dateText(instant, locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
}

/** The clock time alone: "11:30". */
export function formatTime(instant: Date, locale: string, timeZone: string): string {
  return dateText(instant, locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
}

/** A list in the reader's language: "Arabisch en Tigrinya", "العربية والتغرينية". */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(items);
}
