import { describe, expect, it } from 'vitest';
import { missingKeys, missingKeysReport, pluralCategories } from '../../../src/i18n/check-ui-keys.ts';
import { loadUiFiles } from '../../../src/i18n/load-ui-files.ts';
import { SOURCE_LOCALE } from '../../../src/i18n/locales.ts';

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

  it('names the file and the keys in its report', () => {
    const report = missingKeysReport({ nl: { a: '1', b: '2' }, ar: { a: '1' } }, 'nl');
    expect(report).toContain('content/ui/ar.json lacks 1: b');
    expect(missingKeysReport({ nl: { a: '1' }, en: { a: '1' } }, 'nl')).toBeNull();
  });

  it('finds nothing missing in the real interface strings', () => {
    expect(missingKeysReport(loadUiFiles(), SOURCE_LOCALE)).toBeNull();
  });
});
