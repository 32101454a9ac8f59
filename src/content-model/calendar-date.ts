/**
 * Days as editors write them in front matter and facts: YYYY-MM-DD, a day that exists in the
 * calendar, not in the future. YAML readers differ: Astro's turns 2026-02-30 into 2 March without a
 * word, so the content check reads the text as written (src/content-check/) and judges it here.
 */
import { z } from 'astro/zod';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Why a written day is not a day in the calendar, or undefined when it is one. */
export function calendarProblem(text: string): string | undefined {
  const match = DAY.exec(text);
  if (!match) return `${text} is not written as YYYY-MM-DD`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `${text} has no month ${match[2]}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days)
    return `${text} is not in the calendar: ${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/** Today's date in the Netherlands, as YYYY-MM-DD (the editors' day, not the server's). */
export function todayInNetherlands(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/**
 * A day field of a schema: YYYY-MM-DD (or the Date a YAML reader made of it), checked to be a real
 * day. `field` names it in the message, e.g. "lastChecked".
 */
export function calendarDate(field: string) {
  const expected = `"${field}" must be a day written as YYYY-MM-DD — e.g. ${field}: 2026-11-28`;
  return z.union([z.date(), z.string()], { error: expected }).transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) ctx.issues.push({ code: 'custom', message: expected, input: value });
      return value;
    }
    const problem = calendarProblem(value.trim());
    if (problem) {
      ctx.issues.push({
        code: 'custom',
        message: `"${field}": ${problem} — write a real day as YYYY-MM-DD`,
        input: value,
      });
      return z.NEVER;
    }
    return new Date(`${value.trim()}T00:00:00Z`);
  });
}
