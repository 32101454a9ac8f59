import { describe, expect, it } from 'vitest';
import { checkPage, unlinkedTerms } from '../../../src/content-lint/check-page.ts';
import { sentences, wordCount } from '../../../src/content-lint/sentences.ts';

describe('sentences', () => {
  it('reads text the way a reader does: no markup, links as their text, headings left out', () => {
    const body = [
      '## Wat is het PIP?',
      '',
      'Je krijgt een plan. Dat plan heet het <Term id="pip">PIP</Term>.',
      'Lees [de brief](https://duo.nl/) goed!',
      '',
      '- **Stap een** is lezen',
      '1. Bel de gemeente.',
      '',
      '| Oud | Nieuw |',
      '|---|---|',
      '| A2 | B1 |',
    ].join('\n');
    expect(sentences(body)).toEqual([
      'Je krijgt een plan.',
      'Dat plan heet het PIP .',
      'Lees de brief goed!',
      'Stap een is lezen',
      'Bel de gemeente.',
      'Oud',
      'Nieuw',
      'A2',
      'B1',
    ]);
  });

  it('counts words with letters or digits only', () => {
    expect(wordCount('Je betaalt € 250 per keer.')).toBe(5);
  });
});

describe('page check', () => {
  const glossary = [
    { id: 'pip', forms: ['PIP'] },
    { id: 'duo', forms: ['DUO'] },
  ];
  const base = { page: 'x', sources: [{}], lastChecked: new Date('2026-01-01') };

  it('reports glossary terms that are never linked on the page', () => {
    expect(unlinkedTerms('Het <Term id="pip">PIP</Term> en DUO. Ook het PIP.', glossary)).toEqual(['duo']);
    expect(unlinkedTerms('Lees [de site](https://duo.nl/pip).', glossary)).toEqual([]);
  });

  it('fails long sentences, long averages, missing sources and dates', () => {
    const long = `${Array.from({ length: 26 }, () => 'woord').join(' ')}.`;
    expect(checkPage({ ...base, body: long }, glossary).failures).toEqual([
      'average 26.0 words per sentence > 12',
      expect.stringMatching(/^a sentence of 26 words > 25/),
    ]);
    expect(
      checkPage({ ...base, body: 'Kort.', sources: [], lastChecked: undefined }, glossary).failures,
    ).toEqual(['no sources', 'no lastChecked']);
    expect(checkPage({ ...base, body: 'Kort en goed.' }, glossary).failures).toEqual([]);
  });
});
