import { describe, expect, it } from 'vitest';
import { spread, suggestPool, tally, yearsBand } from '../../../../src/server/team/pool.ts';
import type { SignupRow } from '../../../../src/server/team/signups.ts';
import { signupFixture } from '../../../../support/fixtures/signups.ts';

const THIS_YEAR = 2026;
const rows: SignupRow[] = signupFixture(200, 42, THIS_YEAR).map((s, i) => ({
  ...s,
  reference: `E-${String(i).padStart(4, '0')}`,
  arrival_year: s.arrivalYear,
  confirmed_at: new Date('2026-01-01'),
}));

function randomPick(list: SignupRow[], n: number, seed: number): SignupRow[] {
  const copy = [...list];
  let s = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

describe('pool composition', () => {
  it('bands years in the Netherlands: under 2, 2–5, 5–10, 10–20, over 20', () => {
    expect([2026, 2025, 2024, 2021, 2016, 2006, 1990].map((y) => yearsBand(y, THIS_YEAR))).toEqual([
      'under 2',
      'under 2',
      '2–5',
      '5–10',
      '10–20',
      'over 20',
      'over 20',
    ]);
  });

  it('counts, largest first', () => {
    expect(tally(['a', 'b', 'a'])).toEqual([
      { value: 'a', count: 2 },
      { value: 'b', count: 1 },
    ]);
  });
});

describe('suggested pool of 20 from 200 sign-ups', () => {
  const picks = suggestPool(rows, 20, THIS_YEAR);
  const suggested = spread(
    picks.map((p) => p.row),
    THIS_YEAR,
  );

  it('covers at least as many municipalities and years bands as any of 1,000 random picks', () => {
    let bestRandom = { municipalities: 0, yearsBands: 0 };
    for (let seed = 1; seed <= 1000; seed++) {
      const s = spread(randomPick(rows, 20, seed), THIS_YEAR);
      bestRandom = {
        municipalities: Math.max(bestRandom.municipalities, s.municipalities),
        yearsBands: Math.max(bestRandom.yearsBands, s.yearsBands),
      };
    }
    expect(picks).toHaveLength(20);
    expect(suggested.municipalities).toBeGreaterThanOrEqual(bestRandom.municipalities);
    expect(suggested.yearsBands).toBeGreaterThanOrEqual(bestRandom.yearsBands);
    expect(suggested.yearsBands).toBe(5);
  });

  it('explains every pick and never picks the same person twice', () => {
    expect(new Set(picks.map((p) => p.row.reference)).size).toBe(20);
    for (const p of picks) expect(p.adds.length).toBeGreaterThan(0);
    expect(picks[0]!.adds[0]).toMatch(/^years in NL:/);
  });

  it('suggests only people who confirmed their address (issue 16)', () => {
    const marked = rows.map((r, i) => ({ ...r, confirmed_at: i % 3 === 0 ? null : r.confirmed_at }));
    const picks = suggestPool(marked, 200, THIS_YEAR);
    expect(picks.length).toBe(marked.filter((r) => r.confirmed_at).length);
    expect(picks.every((p) => p.row.confirmed_at !== null)).toBe(true);
  });

  it('leaves out suspect and declined sign-ups', () => {
    const marked = rows.map((r, i) => ({ ...r, status: i % 2 === 0 ? 'suspect' : r.status }));
    expect(suggestPool(marked, 20, THIS_YEAR).every((p) => p.row.status !== 'suspect')).toBe(true);
  });
});
