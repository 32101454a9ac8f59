import { describe, expect, it } from 'vitest';
import { latinRuns, needsIsolation } from '../../../src/i18n/isolate.ts';

describe('isolating Latin runs in right-to-left text', () => {
  it('finds terms, references and amounts with Latin letters; leaves plain numbers and Arabic alone', () => {
    expect(
      latinRuns('الخطة الشخصية (PIP) في Mijn Inburgering')
        .filter((s) => s.latin)
        .map((s) => s.text),
    ).toEqual(['PIP', 'Mijn Inburgering']);
    expect(
      latinRuns('المستوى B1 بعد 3 سنوات')
        .filter((s) => s.latin)
        .map((s) => s.text),
    ).toEqual(['B1']);
    expect(
      latinRuns('اكتب naam@voorbeeld.nl هنا')
        .filter((s) => s.latin)
        .map((s) => s.text),
    ).toEqual(['naam@voorbeeld.nl']);
    expect(latinRuns('منذ 2022').every((s) => !s.latin)).toBe(true);
    expect(needsIsolation('Alleen Nederlands')).toBe(false);
    expect(needsIsolation('برنامه PIP')).toBe(true);
  });
});
