import { z } from 'astro/zod';
import { calendarDate, calendarProblem } from './calendar-date.ts';
import { officialSource } from './text-fields.ts';

/**
 * What a fact's value measures; it decides how the value is written in each language.
 * - `eur`: an amount of money in euros (`value: 1250`);
 * - `percent`: a percentage, written as the number (`value: 90` is 90 %);
 * - `years`, `months`, `weeks`, `days`, `hours`: a length of time (`value: 2.5`);
 * - `age`: an age in years (`value: 18`), written like `years`;
 * - `count`: a plain number of things or people (`value: 26500`);
 * - `date`: a day (`value: 2022-01-01`);
 * - `year-month`: a month of a year, when the source names only the month (`value: 2025-07`).
 */
export const FACT_UNITS = [
  'eur',
  'percent',
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'age',
  'count',
  'date',
  'year-month',
] as const;
export type FactUnit = (typeof FACT_UNITS)[number];

/** Units whose value is a calendar date (a string), not a number. */
export const DATE_UNITS: readonly FactUnit[] = ['date', 'year-month'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** One fact: a value the pages state, with where it comes from. */
export const factSchema = z
  .object({
    /**
     * The number (`1250`, `2.5`, `90`) or, for dates, the day as YYYY-MM-DD (`year-month`: YYYY-MM).
     * Change it here and every page in every language follows.
     */
    value: z
      .union([z.number(), z.string(), z.date()], {
        error: '"value" is missing — write a number, or a day as YYYY-MM-DD',
      })
      // YAML readers turn an unquoted 2022-01-01 into a Date; keep the day as written.
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
    /** What the value measures (see FACT_UNITS above): eur, percent, years, months, weeks, days, hours, age, count, date, year-month. */
    unit: z.enum(FACT_UNITS, {
      error: `"unit" must be one of: ${FACT_UNITS.join(', ')} — what the value measures`,
    }),
    /** The official page the value comes from, as in a page's `sources` (shown in the sources list of every page that uses the fact). */
    source: officialSource(
      '"source" is missing — add the official page: a "title:" and a "url:" line under it',
    ),
    /** The number of the fact in ../shared/facts/wet-inburgering-2021.md this value rests on. */
    factSheet: z
      .number({ error: '"factSheet" must be the number of the fact in the fact sheet — e.g. factSheet: 42' })
      .int()
      .min(1),
    /** The day an editor last checked the value against its source, as YYYY-MM-DD. */
    lastChecked: calendarDate('lastChecked'),
    /** For editors only, never shown to readers: a caveat such as "CHECK: one unofficial source; say 'kun je … krijgen'". */
    note: z.string().optional(),
  })
  .strict()
  .superRefine((fact, ctx) => {
    const isDate = DATE_UNITS.includes(fact.unit);
    if (fact.unit === 'date' && !(typeof fact.value === 'string' && DAY.test(fact.value))) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a "date" needs a value written as YYYY-MM-DD — e.g. value: 2022-01-01',
      });
    } else if (fact.unit === 'date' && calendarProblem(String(fact.value))) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"value": ${calendarProblem(String(fact.value))} — write a real day as YYYY-MM-DD`,
      });
    } else if (fact.unit === 'year-month' && !(typeof fact.value === 'string' && MONTH.test(fact.value))) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a "year-month" needs a value written as YYYY-MM — quote it: "2025-07"',
      });
    } else if (!isDate && typeof fact.value !== 'number') {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `a value in "${fact.unit}" must be a number — e.g. 1250 or 2.5`,
      });
    }
  });

const factId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'a fact id may contain only lowercase letters, digits and dashes — e.g. fine-old-law-max',
});

/** A file `content/facts/<topic>.yaml`: fact id → fact. Ids are unique across all files. */
export const factFileSchema = z.record(factId, factSchema);

export type Fact = z.infer<typeof factSchema>;
