import { describe, expect, it } from 'vitest';
import {
  fallbackChain,
  getLocale,
  isLocale,
  LOCALES,
  LOCALE_CODES,
  SOURCE_LOCALE,
} from '../../../src/i18n/locales.ts';

describe('the locale list', () => {
  it('has each language once, with the source first', () => {
    expect(new Set(LOCALE_CODES).size).toBe(LOCALE_CODES.length);
    expect(LOCALE_CODES[0]).toBe(SOURCE_LOCALE);
    for (const code of LOCALE_CODES) expect(code).toMatch(/^[a-z]{2,3}$/);
  });

  it('marks Arabic and Farsi/Dari right-to-left and names each language in its own script', () => {
    expect(getLocale('ar')).toMatchObject({ dir: 'rtl', endonym: 'العربية' });
    expect(getLocale('fa')).toMatchObject({ dir: 'rtl', endonym: 'فارسی / دری' });
    expect(getLocale('ti')).toMatchObject({ dir: 'ltr', endonym: 'ትግርኛ' });
    for (const locale of LOCALES) expect(locale.endonym.length).toBeGreaterThan(1);
  });

  it('falls back to English, then Dutch, by default; the source has no fallback', () => {
    expect(fallbackChain('ar')).toEqual(['en', 'nl']);
    expect(fallbackChain('en')).toEqual(['nl']);
    expect(fallbackChain('nl')).toEqual([]);
  });

  it('rejects unknown codes loudly', () => {
    expect(isLocale('xx')).toBe(false);
    expect(() => getLocale('xx')).toThrow(/Unknown locale "xx"/);
  });
});
