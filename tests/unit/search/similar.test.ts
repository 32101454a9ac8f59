import { describe, expect, it } from 'vitest';
import { similarQueries } from '../../../src/search/similar.ts';

describe('other spellings to try when a search finds nothing', () => {
  it('doubled letters once, then each word cut to its start, then each word alone', () => {
    expect(similarQueries('leening', 'nl')).toEqual([['lening'], ['leeni']]);
    expect(similarQueries('inburgring', 'nl')).toEqual([['inburg']]);
    expect(similarQueries('brede intaek', 'nl')).toEqual([['bre inta'], ['bre', 'inta']]);
  });

  it('a short word loses only its last letter (Ethiopic syllables are one character each)', () => {
    expect(similarQueries('መቕጻዒ', 'ti')).toEqual([['መቕጻ']]);
    expect(similarQueries('pip', 'en')).toEqual([]);
  });

  it('Arabic-script letters as the language writes them: Persian from an Arabic keyboard, and back', () => {
    expect(similarQueries('جريمه', 'fa')[0]).toEqual(['جریمه']);
    expect(similarQueries('کتاب', 'ar')[0]).toEqual(['كتاب']);
    expect(similarQueries('غَرامة', 'ar')[0]).toEqual(['غرامة']);
  });

  it('never repeats the query itself or an earlier try', () => {
    const tries = similarQueries('boete boete', 'nl').flat();
    expect(new Set(tries).size).toBe(tries.length);
    expect(tries).not.toContain('boete boete');
  });
});
