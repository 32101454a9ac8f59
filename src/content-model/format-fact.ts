/**
 * A fact's value written in the reader's language with Intl: Latin digits always, the locale's
 * own separators (nl/tr "1.250", en/ar/fa/ti "1,250" — so an Arabic page never shows "1.250",
 * where the dot is a decimal point), whole euros without decimals, dates in the Gregorian
 * calendar (Persian with the Dari month name beside it), and lengths of time with the locale's own unit words ("3 jaar", "3 سنوات", "3 yıl").
 */
import type { Fact, FactUnit } from './fact-schema.ts';
import { formatDate, formatMonth, intlLocale } from '../i18n/format.ts';

/** `full`: the value with its unit ("€ 1.250", "3 maanden"); `number`: the bare number ("1.250", "3"). */
export type FactFormat = 'full' | 'number';
export const FACT_FORMATS: readonly FactFormat[] = ['full', 'number'];

type TimeUnit = 'year' | 'month' | 'week' | 'day' | 'hour';
const TIME_UNITS: Partial<Record<FactUnit, TimeUnit>> = {
  years: 'year',
  age: 'year',
  months: 'month',
  weeks: 'week',
  days: 'day',
  hours: 'hour',
};

/**
 * Unit words ICU writes wrongly, per language, by plural category. ICU 76–77 (Node 22) writes
 * Tigrinya months as "3/ኣዋርሕ"; the translations write "3 ኣዋርሕ" (1 ወርሒ). Every other unit word
 * is ICU's own; tests/unit/content-model/format-fact.test.ts checks all of them in all six languages.
 */
const UNIT_WORDS: Record<string, Partial<Record<TimeUnit, Partial<Record<Intl.LDMLPluralRule, string>>>>> = {
  ti: { month: { one: 'ወርሒ', other: 'ኣዋርሕ' } },
};

function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(lang), {
    numberingSystem: 'latn',
    maximumFractionDigits: 2,
    ...options,
  });
}

function timeText(value: number, unit: TimeUnit, lang: string): string {
  const words = UNIT_WORDS[lang]?.[unit];
  if (words) {
    const word = words[new Intl.PluralRules(intlLocale(lang)).select(value)] ?? words.other;
    if (word) return `${numberFormat(lang).format(value)} ${word}`;
  }
  return numberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** A fact's value as text in a language (see FactFormat). */
export function formatFact(
  fact: Pick<Fact, 'value' | 'unit'>,
  lang: string,
  format: FactFormat = 'full',
): string {
  const { value, unit } = fact;
  if (typeof value === 'string') {
    if (format === 'number')
      throw new Error(
        `format="number" is for amounts, numbers and periods; a ${unit} is always written in full.`,
      );
    return unit === 'year-month'
      ? formatMonth(new Date(`${value}-01T00:00:00Z`), lang)
      : formatDate(new Date(`${value}T00:00:00Z`), lang);
  }
  // Whole euros without decimals; cents (if ever) with two.
  const fractionDigits = unit === 'eur' && !Number.isInteger(value) ? 2 : 0;
  if (format === 'number') return numberFormat(lang, { minimumFractionDigits: fractionDigits }).format(value);
  if (unit === 'eur')
    return numberFormat(lang, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: fractionDigits,
    }).format(value);
  if (unit === 'percent') return numberFormat(lang, { style: 'percent' }).format(value / 100);
  const time = TIME_UNITS[unit];
  return time ? timeText(value, time, lang) : numberFormat(lang).format(value);
}
