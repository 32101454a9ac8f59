/**
 * The expert pool's composition and a suggested pool. A good pool mixes many municipalities and
 * provinces, short and long time in the Netherlands, many languages and kinds of experience.
 */
import type { SignupRow } from './signups.ts';

export const YEAR_BANDS = [
  { id: 'under 2', min: 0, max: 2 },
  { id: '2–5', min: 2, max: 5 },
  { id: '5–10', min: 5, max: 10 },
  { id: '10–20', min: 10, max: 20 },
  { id: 'over 20', min: 20, max: Infinity },
] as const;

export function yearsBand(arrivalYear: number, thisYear: number): string {
  const years = Math.max(0, thisYear - arrivalYear);
  return YEAR_BANDS.find((b) => years >= b.min && years < b.max)!.id;
}

/** Counts of a list of values, largest first. */
export function tally(values: string[]): Array<{ value: string; count: number }> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export interface Composition {
  people: number;
  provinces: Array<{ value: string; count: number }>;
  municipalities: Array<{ value: string; count: number }>;
  yearsBands: Array<{ value: string; count: number }>;
  languages: Array<{ value: string; count: number }>;
  experience: Array<{ value: string; count: number }>;
}

export function composition(
  rows: SignupRow[],
  thisYear: number,
  municipalityName: (code: string) => string,
): Composition {
  const bandOrder = YEAR_BANDS.map((b) => b.id as string);
  return {
    people: rows.length,
    provinces: tally(rows.map((r) => r.province)),
    municipalities: tally(rows.map((r) => municipalityName(r.municipality))),
    yearsBands: tally(rows.map((r) => yearsBand(r.arrival_year, thisYear))).sort(
      (a, b) => bandOrder.indexOf(a.value) - bandOrder.indexOf(b.value),
    ),
    languages: tally(rows.flatMap((r) => r.languages)),
    experience: tally(rows.flatMap((r) => r.experience)),
  };
}

export interface Pick {
  row: SignupRow;
  /** Why this person was picked: what they add to the pool so far. */
  adds: string[];
}

/**
 * Greedy: each next person adds the most that the pool lacks, in this order of importance —
 * a years band not yet present, a municipality not yet present, a province, languages, experience.
 * Only people who confirmed their address; suspect and declined sign-ups are left out. Ties go to
 * the earliest sign-up.
 */
export function suggestPool(rows: SignupRow[], size: number, thisYear: number): Pick[] {
  const candidates = rows.filter(
    (r) => r.confirmed_at !== null && r.status !== 'suspect' && r.status !== 'declined',
  );
  const have = {
    bands: new Set<string>(),
    municipalities: new Set<string>(),
    provinces: new Set<string>(),
    languages: new Set<string>(),
    experience: new Set<string>(),
  };
  const picks: Pick[] = [];
  const remaining = [...candidates];
  while (picks.length < size && remaining.length > 0) {
    let best = -1;
    let bestScore = -1;
    for (let i = 0; i < remaining.length; i++) {
      const r = remaining[i]!;
      const score =
        (have.bands.has(yearsBand(r.arrival_year, thisYear)) ? 0 : 1_000_000) +
        (have.municipalities.has(r.municipality) ? 0 : 10_000) +
        (have.provinces.has(r.province) ? 0 : 1_000) +
        r.languages.filter((l) => !have.languages.has(l)).length * 10 +
        r.experience.filter((e) => !have.experience.has(e)).length;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    const row = remaining.splice(best, 1)[0]!;
    const band = yearsBand(row.arrival_year, thisYear);
    const adds: string[] = [];
    if (!have.bands.has(band)) adds.push(`years in NL: ${band}`);
    if (!have.municipalities.has(row.municipality)) adds.push('new municipality');
    if (!have.provinces.has(row.province)) adds.push(`new province ${row.province}`);
    const newLanguages = row.languages.filter((l) => !have.languages.has(l));
    if (newLanguages.length > 0) adds.push(`languages: ${newLanguages.join(', ')}`);
    const newExperience = row.experience.filter((e) => !have.experience.has(e));
    if (newExperience.length > 0) adds.push(`experience: ${newExperience.join(', ')}`);
    have.bands.add(band);
    have.municipalities.add(row.municipality);
    have.provinces.add(row.province);
    row.languages.forEach((l) => have.languages.add(l));
    row.experience.forEach((e) => have.experience.add(e));
    picks.push({
      row,
      adds: adds.length > 0 ? adds : ['nothing new: the pool was already as varied as possible'],
    });
  }
  return picks;
}

/** How varied a set of people is, in the terms the suggestion optimises. */
export function spread(rows: SignupRow[], thisYear: number) {
  return {
    municipalities: new Set(rows.map((r) => r.municipality)).size,
    provinces: new Set(rows.map((r) => r.province)).size,
    yearsBands: new Set(rows.map((r) => yearsBand(r.arrival_year, thisYear))).size,
    languages: new Set(rows.flatMap((r) => r.languages)).size,
    experience: new Set(rows.flatMap((r) => r.experience)).size,
  };
}
