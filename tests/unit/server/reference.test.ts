import { describe, expect, it } from 'vitest';
import { ALPHABET, isReference, newReference } from '../../../src/server/reference.ts';

describe('references', () => {
  it('look like V-7K3Q-9P and use no look-alike characters', () => {
    for (let i = 0; i < 2000; i++) {
      const reference = newReference('V');
      expect(reference).toMatch(/^V-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
      expect(reference).not.toMatch(/[01OILUS]/);
      expect(isReference(reference, 'V')).toBe(true);
    }
    expect(ALPHABET).not.toMatch(/[01OILUS]/);
  });

  it('catch a single mistyped character with the check character', () => {
    const reference = newReference('E');
    const chars = [...reference];
    let caught = 0;
    let tried = 0;
    for (const position of [2, 3, 4, 5, 7, 8]) {
      for (const c of ALPHABET) {
        if (c === chars[position]) continue;
        const typo = [...chars];
        typo[position] = c;
        tried++;
        if (!isReference(typo.join(''))) caught++;
      }
    }
    expect(caught / tried).toBeGreaterThan(0.9);
    expect(isReference(reference, 'V')).toBe(false);
    expect(isReference('V-ABCD')).toBe(false);
  });

  it('are spread out: no repeats in 20,000', () => {
    const seen = new Set(Array.from({ length: 20_000 }, () => newReference('V')));
    expect(seen.size).toBeGreaterThan(19_980);
  });
});
