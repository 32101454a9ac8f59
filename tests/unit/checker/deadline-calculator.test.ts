import { describe, expect, it } from 'vitest';
import { termFromPipDate, termLines } from '../../../src/checker/deadline-calculator.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

describe('the 3-year term from a PIP date', () => {
  it('starts the day after the PIP date, runs 3 years, and extra time usually from 2.5 years', () => {
    const term = termFromPipDate('2024-03-15')!;
    expect(day(term.start)).toBe('2024-03-16');
    expect(day(term.end)).toBe('2027-03-15');
    expect(day(term.extraTimeFrom)).toBe('2026-09-16');
  });

  it('handles month ends and leap days', () => {
    expect(day(termFromPipDate('2024-02-28')!.start)).toBe('2024-02-29');
    expect(day(termFromPipDate('2024-02-28')!.end)).toBe('2027-02-27');
    expect(day(termFromPipDate('2023-12-31')!.start)).toBe('2024-01-01');
  });

  it('refuses what is not a date', () => {
    expect(termFromPipDate('2024-02-30')).toBeNull();
    expect(termFromPipDate('15-03-2024')).toBeNull();
    expect(termFromPipDate('')).toBeNull();
  });
});

describe('the dates the calculator writes', () => {
  const messages = { end: 'End: {{date}}', extra: 'Extra: {{date}}' };
  const term = termFromPipDate('2024-03-15')!;

  it('writes English dates as the English pages do (en-GB: day month year)', () => {
    expect(termLines(term, 'en', messages)).toEqual(['End: 15 March 2027', 'Extra: 16 September 2026']);
  });

  it('writes Persian dates with Latin digits and the Dari month beside the Iranian one, as the pages do', () => {
    const [end] = termLines(term, 'fa', messages);
    expect(end).toMatch(/2027/);
    expect(end).toMatch(/\(.+\)/);
    expect(end).not.toMatch(/[۰-۹]/);
  });
});
