/**
 * Amsterdam wall-clock time ⇄ instants across both daylight-saving switches: a session at 14:00
 * stays at 14:00 on the clock whether summer or winter time applies that day.
 */
import { describe, expect, it } from 'vitest';
import { instantOf, wallClockAt, WallClockError } from '../../../src/lib/wall-clock.ts';

describe('Amsterdam wall clock', () => {
  it('summer time is UTC+2, winter time UTC+1, on both sides of the October switch', () => {
    // The clocks go back at 03:00 on Sunday 25 October 2026.
    expect(instantOf({ date: '2026-10-24', time: '14:00' }).toISOString()).toBe('2026-10-24T12:00:00.000Z');
    expect(instantOf({ date: '2026-10-25', time: '14:00' }).toISOString()).toBe('2026-10-25T13:00:00.000Z');
    expect(instantOf({ date: '2026-10-26', time: '10:00' }).toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });

  it('and on both sides of the March switch', () => {
    // The clocks go forward at 02:00 on Sunday 28 March 2027.
    expect(instantOf({ date: '2027-03-27', time: '19:30' }).toISOString()).toBe('2027-03-27T18:30:00.000Z');
    expect(instantOf({ date: '2027-03-28', time: '19:30' }).toISOString()).toBe('2027-03-28T17:30:00.000Z');
  });

  it('reads back the same wall clock', () => {
    for (const wall of [
      { date: '2026-10-25', time: '01:59' },
      { date: '2026-10-25', time: '03:00' },
      { date: '2027-03-28', time: '01:59' },
      { date: '2027-03-28', time: '03:00' },
      { date: '2026-12-31', time: '23:30' },
    ])
      expect(wallClockAt(instantOf(wall))).toEqual(wall);
  });

  it('refuses the skipped hour, the repeated hour, and what is not a date or a time', () => {
    expect(() => instantOf({ date: '2027-03-28', time: '02:30' })).toThrow(/does not exist/);
    expect(() => instantOf({ date: '2026-10-25', time: '02:30' })).toThrow(/happens twice/);
    expect(() => instantOf({ date: '2026-02-30', time: '10:00' })).toThrow(WallClockError);
    expect(() => instantOf({ date: '26-10-2026', time: '10:00' })).toThrow(/YYYY-MM-DD/);
    expect(() => instantOf({ date: '2026-10-26', time: '25:00' })).toThrow(/HH:MM/);
  });
});
