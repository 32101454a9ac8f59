import { describe, expect, it } from 'vitest';
import { resolvePages, splitPageId } from '../../../src/content-model/resolve.ts';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';

describe('page resolution', () => {
  it('splits ids into language and slug', () => {
    expect(splitPageId('ar/pip')).toEqual({ lang: 'ar', slug: 'pip' });
    expect(() => splitPageId('pip')).toThrow(/language folder/);
  });

  it('builds every Dutch page in every locale, with the fallback chain where a translation is missing', () => {
    const pages = resolvePages([{ id: 'nl/pip' }, { id: 'en/pip' }, { id: 'ar/pip' }, { id: 'nl/boetes' }]);
    expect(pages).toHaveLength(LOCALE_CODES.length * 2);
    const find = (lang: string, slug: string) => pages.find((p) => p.lang === lang && p.slug === slug)!;
    expect(find('ar', 'pip')).toMatchObject({ contentLang: 'ar', isFallback: false });
    expect(find('fa', 'pip')).toMatchObject({ contentLang: 'en', isFallback: true });
    expect(find('ar', 'boetes')).toMatchObject({ contentLang: 'nl', isFallback: true });
    expect(find('en', 'boetes')).toMatchObject({ contentLang: 'nl', isFallback: true });
    expect(find('nl', 'boetes')).toMatchObject({ contentLang: 'nl', isFallback: false });
  });

  it('refuses a translation without a Dutch source, naming the file', () => {
    expect(() => resolvePages([{ id: 'nl/pip' }, { id: 'ar/pipp' }])).toThrow(
      'content/pages/ar/pipp.mdx has no Dutch source',
    );
  });

  it('refuses a folder that is not a language of the site', () => {
    expect(() => resolvePages([{ id: 'nl/pip' }, { id: 'xx/pip' }])).toThrow(/"xx" is not a language/);
  });
});
