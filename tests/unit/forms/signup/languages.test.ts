/**
 * The sign-up form names its languages with the site's own word for each (`language.<code>` in the
 * interface strings), not with Intl's, which differs (Tigrinya "ዳች" where the site says "ሆላንድኛ").
 */
import { describe, expect, it } from 'vitest';
import { languageLabel, SIGNUP_LANGUAGES } from '../../../../src/forms/signup/options.ts';
import { loadUiFiles } from '../../../../src/i18n/load-ui-files.ts';
import { LOCALE_CODES } from '../../../../src/i18n/locales.ts';

const ui = loadUiFiles();

describe('the sign-up form’s languages', () => {
  it.each(LOCALE_CODES)('have a name in the %s interface strings', (lang) => {
    for (const code of SIGNUP_LANGUAGES)
      expect(ui[lang]![`language.${code}`], `language.${code}`).toBeTruthy();
  });

  it('are labelled with that name', () => {
    const t = (key: string) => ui.nl![key]!;
    expect(languageLabel('nl', t)).toBe(ui.nl!['language.nl']);
  });
});
