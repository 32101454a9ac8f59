import { describe, expect, it } from 'vitest';
import { formatFact } from '../../../src/content-model/format-fact.ts';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';
import { FACT_UNITS, type Fact } from '../../../src/content-model/fact-schema.ts';

type Value = Pick<Fact, 'value' | 'unit'>;
const fact = (value: number | string, unit: Fact['unit']): Value => ({ value, unit });
// Intl puts direction marks (LRM, RLM) and no-break spaces into some results; compare without them.
const plain = (text: string) => text.replace(/[\u200e\u200f]/g, '').replace(/[\u00a0\u202f]/g, ' ');

describe('formatFact: the same value in all six languages', () => {
  const cases: [string, Value, Record<string, string>][] = [
    [
      'an amount of euros, without decimals',
      fact(1250, 'eur'),
      { nl: '€ 1.250', en: '€1,250', ar: '1,250 €', fa: '€ 1,250', ti: '€1,250', tr: '€1.250' },
    ],
    [
      'an amount with cents',
      fact(12.5, 'eur'),
      { nl: '€ 12,50', en: '€12.50', ar: '12.50 €', fa: '€ 12.50', ti: '€12.50', tr: '€12,50' },
    ],
    [
      'a percentage',
      fact(90, 'percent'),
      { nl: '90%', en: '90%', ar: '90%', fa: '90%', ti: '90%', tr: '%90' },
    ],
    [
      'years',
      fact(3, 'years'),
      { nl: '3 jaar', en: '3 years', ar: '3 سنوات', fa: '3 سال', ti: '3 ዓመታት', tr: '3 yıl' },
    ],
    [
      'a decimal number of years',
      fact(2.5, 'years'),
      { nl: '2,5 jaar', en: '2.5 years', ar: '2.5 سنة', fa: '2.5 سال', ti: '2.5 ዓመታት', tr: '2,5 yıl' },
    ],
    [
      'months',
      fact(6, 'months'),
      { nl: '6 maanden', en: '6 months', ar: '6 أشهر', fa: '6 ماه', ti: '6 ኣዋርሕ', tr: '6 ay' },
    ],
    [
      'weeks',
      fact(16, 'weeks'),
      { nl: '16 weken', en: '16 weeks', ar: '16 أسبوعًا', fa: '16 هفته', ti: '16 ሰሙናት', tr: '16 hafta' },
    ],
    [
      'hours, with a thousands separator',
      fact(1000, 'hours'),
      {
        nl: '1.000 uur',
        en: '1,000 hours',
        ar: '1,000 ساعة',
        fa: '1,000 ساعت',
        ti: '1,000 ሰዓታት',
        tr: '1.000 saat',
      },
    ],
    [
      'an age',
      fact(18, 'age'),
      { nl: '18 jaar', en: '18 years', ar: '18 سنة', fa: '18 سال', ti: '18 ዓመታት', tr: '18 yıl' },
    ],
    [
      'a count',
      fact(26500, 'count'),
      { nl: '26.500', en: '26,500', ar: '26,500', fa: '26,500', ti: '26,500', tr: '26.500' },
    ],
    [
      'a day, in the Gregorian calendar (en as en-GB, fa with the Dari month)',
      fact('2022-01-01', 'date'),
      {
        nl: '1 januari 2022',
        en: '1 January 2022',
        ar: '1 يناير 2022',
        fa: '1 ژانویه (جنوری) 2022',
        ti: 'ጥሪ 1, 2022',
        tr: '1 Ocak 2022',
      },
    ],
    [
      'a month of a year',
      fact('2025-07', 'year-month'),
      {
        nl: 'juli 2025',
        en: 'July 2025',
        ar: 'يوليو 2025',
        fa: 'ژوئیه (جولای) 2025',
        ti: 'ሓምለ 2025',
        tr: 'Temmuz 2025',
      },
    ],
  ];
  for (const [what, value, expected] of cases) {
    it(what, () => {
      for (const lang of LOCALE_CODES) expect(plain(formatFact(value, lang)), lang).toBe(expected[lang]);
    });
  }

  it('writes the bare number with format="number"', () => {
    const expected: Record<string, string> = {
      nl: '1.250',
      en: '1,250',
      ar: '1,250',
      fa: '1,250',
      ti: '1,250',
      tr: '1.250',
    };
    for (const lang of LOCALE_CODES)
      expect(formatFact(fact(1250, 'eur'), lang, 'number'), lang).toBe(expected[lang]);
    expect(formatFact(fact(2.5, 'years'), 'nl', 'number')).toBe('2,5');
    expect(formatFact(fact(16, 'weeks'), 'ar', 'number')).toBe('16');
  });

  it('refuses a bare number for a date', () => {
    expect(() => formatFact(fact('2022-01-01', 'date'), 'nl', 'number')).toThrow(/always written in full/);
  });

  it('never writes an amount as "1.250" where the dot is a decimal point (ar, fa, en, ti)', () => {
    for (const lang of ['ar', 'fa', 'en', 'ti']) {
      expect(formatFact(fact(1250, 'eur'), lang)).not.toContain('1.250');
      expect(formatFact(fact(1250, 'eur'), lang, 'number')).not.toContain('1.250');
    }
  });

  it('uses Latin digits and no stray "/" (an ICU gap) for every unit in every language', () => {
    const samples: Value[] = FACT_UNITS.map((unit) =>
      unit === 'date'
        ? fact('2025-02-04', unit)
        : unit === 'year-month'
          ? fact('2026-02', unit)
          : fact(3, unit),
    );
    for (const lang of LOCALE_CODES) {
      for (const sample of samples) {
        const text = formatFact(sample, lang);
        expect(text, `${lang} ${sample.unit}`).toMatch(/[0-9]/);
        expect(text, `${lang} ${sample.unit}`).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9\u1369-\u137c]/);
        expect(text, `${lang} ${sample.unit}`).not.toContain('/');
      }
    }
  });

  it('writes one Tigrinya month in the singular', () => {
    expect(formatFact(fact(1, 'months'), 'ti')).toBe('1 ወርሒ');
  });
});
