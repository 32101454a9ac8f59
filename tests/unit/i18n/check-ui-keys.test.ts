import { describe, expect, it } from 'vitest';
import { missingKeys, pluralCategories } from '../../../src/i18n/check-ui-keys.ts';

describe('interface string check', () => {
  it('lists keys a language lacks', () => {
    expect(missingKeys({ a: 'A', b: 'B' }, { a: 'x' }, 'en')).toEqual(['b']);
  });

  it("asks for the target language's own plural forms, not the source's", () => {
    const source = { minutes_one: '1 minuut', minutes_other: '{{count}} minuten' };
    expect(pluralCategories('ar')).toHaveLength(6);
    expect(missingKeys(source, { minutes_one: 'x', minutes_other: 'y' }, 'ar')).toEqual([
      'minutes_few',
      'minutes_many',
      'minutes_two',
      'minutes_zero',
    ]);
    expect(missingKeys(source, { minutes_other: 'y' }, 'tr')).toEqual(['minutes_one']);
  });
});
