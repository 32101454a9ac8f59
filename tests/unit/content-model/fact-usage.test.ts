import { describe, expect, it } from 'vitest';
import {
  factIdsIn,
  factSources,
  factUses,
  fillFacts,
  fillFactsDeep,
} from '../../../src/content-model/fact-usage.ts';
import { indexFacts } from '../../../src/content-model/facts.ts';
import type { Fact } from '../../../src/content-model/fact-schema.ts';

const boete = { title: 'Inburgeren.nl: Boete', url: 'https://www.inburgeren.nl/u-gaat-inburgeren/boete.jsp' };
const doelgroep = {
  title: 'Divosa: doelgroep',
  url: 'https://www.divosa.nl/publicaties/wet-inburgering-vraag-en-antwoord/algemeen/doelgroep',
};
const base = { source: boete, factSheet: 42, lastChecked: new Date('2026-12-06') };
const facts = indexFacts([
  { file: 'money', facts: { 'fine-old-law-max': { ...base, value: 1250, unit: 'eur' } as Fact } },
  {
    file: 'time',
    facts: { 'integration-term': { ...base, source: doelgroep, value: 3, unit: 'years' } as Fact },
  },
]);

describe('fact uses in content', () => {
  it('finds MDX components and YAML placeholders with line and column', () => {
    const text =
      'Eerste regel.\nDan kan de boete oplopen tot <Fact id="fine-old-law-max" />.\nJe hebt {fact:integration-term} of {fact:integration-term:number}.';
    expect(factUses(text)).toEqual([
      { id: 'fine-old-law-max', line: 2, column: 30 },
      { id: 'integration-term', line: 3, column: 9 },
      { id: 'integration-term', format: 'number', line: 3, column: 36 },
    ]);
    expect(factIdsIn(text)).toEqual(['fine-old-law-max', 'integration-term']);
  });

  it('reads ids and formats written with single quotes and in any order', () => {
    expect(factUses("<Fact format='number' id='integration-term'/>")).toEqual([
      { id: 'integration-term', format: 'number', line: 1, column: 1 },
    ]);
  });

  it('reads a placeholder format as written, so a wrong one can be reported', () => {
    expect(factUses('{fact:integration-term:words}')).toEqual([
      { id: 'integration-term', format: 'words', line: 1, column: 1 },
    ]);
    expect(() => fillFacts('{fact:integration-term:words}', 'nl', facts)).toThrow('unknown format "words"');
  });
});

describe('fillFacts', () => {
  it('writes placeholders in the language of the text', () => {
    // Intl joins € and the number with a no-break space.
    expect(fillFacts('Tot {fact:fine-old-law-max}.', 'nl', facts)).toBe('Tot €\u00a01.250.');
    expect(fillFacts('Up to {fact:fine-old-law-max}.', 'en', facts)).toBe('Up to €1,250.');
    expect(fillFacts('{fact:integration-term:number} yıl içinde', 'tr', facts)).toBe('3 yıl içinde');
  });

  it('leaves text without placeholders alone', () => {
    expect(fillFacts('Geen {bedrag} hier.', 'nl', facts)).toBe('Geen {bedrag} hier.');
  });

  it('fills every string of an object (a checker question with its answers)', () => {
    const question = {
      title: 'Langer dan {fact:integration-term}?',
      answers: { ja: 'Ja', nee: 'Nee, korter dan {fact:integration-term}' },
    };
    expect(fillFactsDeep(question, 'nl', facts)).toEqual({
      title: 'Langer dan 3 jaar?',
      answers: { ja: 'Ja', nee: 'Nee, korter dan 3 jaar' },
    });
  });

  it('stops on an unknown id and suggests the nearest known one', () => {
    expect(() => fillFacts('{fact:fine-old-law-maximum}', 'nl', facts)).toThrow(
      /unknown fact id "fine-old-law-maximum" — did you mean "fine-old-law-max"\?/,
    );
  });
});

describe('factSources', () => {
  const own = {
    title: 'Rijksoverheid: Inburgering',
    url: 'https://www.rijksoverheid.nl/onderwerpen/inburgering',
  };

  it("adds the sources of the facts a page uses after the page's own, each address once", () => {
    const body =
      'Tot <Fact id="fine-old-law-max" />, binnen <Fact id="integration-term" />, nog eens <Fact id="fine-old-law-max" />.';
    expect(factSources([own, boete], body, facts)).toEqual([own, boete, doelgroep]);
    expect(factSources([own], body, facts)).toEqual([own, boete, doelgroep]);
    expect(factSources([own], 'Geen feiten.', facts)).toEqual([own]);
  });
});
