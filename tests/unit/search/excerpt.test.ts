import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../src/search/excerpt.ts';
import { sentence } from '../../../src/search/strings.ts';

describe("Pagefind's excerpt as text parts", () => {
  it('marks the matches and decodes the escaped text, never keeping markup', () => {
    expect(excerptParts('Je <mark>PIP</mark> &amp; de &lt;b&gt; <mark>boete</mark>.')).toEqual([
      { text: 'Je ', mark: false },
      { text: 'PIP', mark: true },
      { text: ' & de <b> ', mark: false },
      { text: 'boete', mark: true },
      { text: '.', mark: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>tekst')).toEqual([{ text: 'tekst', mark: false }]);
  });
});

describe('the result count in the language', () => {
  const strings = {
    lang: 'ar',
    results: {
      zero: 'z',
      one: 'واحدة',
      two: 'صفحتين',
      few: '{{count}} صفحات',
      many: '{{count}} صفحة',
      other: 'o',
    },
    similar: { other: '' },
    none: '',
    searching: '',
    failed: '',
  };
  it("picks the language's plural form and fills in the number", () => {
    expect(sentence(strings, 'results', 1)).toBe('واحدة');
    expect(sentence(strings, 'results', 2)).toBe('صفحتين');
    expect(sentence(strings, 'results', 5)).toBe('5 صفحات');
    expect(sentence(strings, 'results', 16)).toBe('16 صفحة');
  });
});
