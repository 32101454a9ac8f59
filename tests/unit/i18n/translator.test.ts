import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translator.ts';

describe('translator', () => {
  const t = createTranslator({
    nl: { hello: 'Hallo {{name}}', only_nl: 'Alleen Nederlands', 'x.y': 'punt' },
    en: {
      hello: 'Hello {{name}}',
      only_en: 'English only',
      count_one: 'one minute',
      count_other: '{{count}} minutes',
    },
    ar: { hello: 'مرحبا {{name}}' },
  });

  it('interpolates in the requested language', () => {
    expect(t('ar')('hello', { name: 'Sara' })).toBe('مرحبا Sara');
  });

  it('follows the fallback chain: ar → en → nl', () => {
    expect(t('ar')('only_en')).toBe('English only');
    expect(t('ar')('only_nl')).toBe('Alleen Nederlands');
  });

  it('uses flat keys with dots and plural forms', () => {
    expect(t('nl')('x.y')).toBe('punt');
    expect(t('en')('count', { count: 1 })).toBe('one minute');
    expect(t('en')('count', { count: 4 })).toBe('4 minutes');
  });
});
