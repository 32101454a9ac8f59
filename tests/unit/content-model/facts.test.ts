import { describe, expect, it } from 'vitest';
import { indexFacts, loadFacts, nearestFactId } from '../../../src/content-model/facts.ts';
import { factSchema } from '../../../src/content-model/fact-schema.ts';

const FACTS_DIR = new URL('../../../content/facts/', import.meta.url);
const source = {
  title: 'Inburgeren.nl: Boete',
  url: 'https://www.inburgeren.nl/u-gaat-inburgeren/boete.jsp',
};

describe('content/facts', () => {
  const facts = loadFacts(FACTS_DIR);

  it('holds the values the corrected fact sheet gives', () => {
    const value = (id: string) => facts.get(id)?.value;
    expect(value('fine-old-law-max')).toBe(1250);
    expect(value('fine-pip-max')).toBe(800);
    expect(value('fine-intake')).toBe(250);
    expect(value('integration-term')).toBe(3);
    expect(value('extra-time-birth')).toBe(16);
    expect(value('extra-time-after')).toBe(2.5);
    expect(value('objection-period')).toBe(6);
    expect(value('new-law-start')).toBe('2022-01-01');
    expect(value('turkish-asylum-obliged-from')).toBe('2020-05-01');
    expect(value('council-of-state-ruling')).toBe('2025-07');
    expect(
      [
        'loan-forgiveness-one-exam-early',
        'loan-forgiveness-one-exam-late',
        'loan-forgiveness-two-exams-early',
        'loan-forgiveness-two-exams-late',
      ].map(value),
    ).toEqual([90, 60, 70, 40]);
  });

  it('cites an https source and a fact-sheet number for every fact', () => {
    for (const fact of facts.values()) {
      expect(fact.source.url, fact.id).toMatch(/^https:\/\//);
      expect(fact.factSheet, fact.id).toBeGreaterThanOrEqual(1);
      expect(fact.factSheet, fact.id).toBeLessThanOrEqual(58);
    }
  });

  it('marks the hedged intake fine for editors', () => {
    expect(facts.get('fine-intake')?.note).toMatch(/^CHECK/);
  });
});

describe('the fact schema', () => {
  const valid = { value: 3, unit: 'years', source, factSheet: 40, lastChecked: '2026-12-06' };

  it('accepts a fact and reads a YAML date as the day written', () => {
    expect(factSchema.parse(valid).value).toBe(3);
    expect(factSchema.parse({ ...valid, unit: 'date', value: new Date('2022-01-01T00:00:00Z') }).value).toBe(
      '2022-01-01',
    );
  });

  it('names what is wrong', () => {
    const issues = (input: unknown) =>
      factSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues({ ...valid, value: '3' })).toEqual([
      'value: a value in "years" must be a number — e.g. 1250 or 2.5',
    ]);
    expect(issues({ ...valid, unit: 'year-month', value: '2025-7' })).toEqual([
      'value: a "year-month" needs a value written as YYYY-MM — quote it: "2025-07"',
    ]);
    expect(issues({ ...valid, unit: 'jaar' })[0]).toMatch(/^unit: "unit" must be one of: eur, percent/);
    expect(issues({ ...valid, source: { ...source, url: 'http://www.inburgeren.nl/' } })[0]).toMatch(/https/);
    expect(issues({ ...valid, colour: 'red' })[0]).toMatch(/colour/);
    expect(issues({ ...valid, unit: 'date', value: '2022-02-30' })).toEqual([
      'value: "value": 2022-02-30 is not in the calendar: February 2022 has 28 days — write a real day as YYYY-MM-DD',
    ]);
  });
});

describe('fact ids', () => {
  it('may be kept in one file only', () => {
    const fact = { value: 3, unit: 'years' as const, source, factSheet: 40, lastChecked: new Date() };
    expect(() =>
      indexFacts([
        { file: 'a', facts: { x: fact } },
        { file: 'b', facts: { x: fact } },
      ]),
    ).toThrow('content/facts/a.yaml and in content/facts/b.yaml');
  });

  it('suggest the nearest known id', () => {
    expect(nearestFactId('fine-old-law', ['fine-pip-max', 'fine-old-law-max', 'integration-term'])).toBe(
      'fine-old-law-max',
    );
  });
});
