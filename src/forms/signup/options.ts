/**
 * The choices of the expert-pool sign-up. Values are codes (stored and exported); labels come
 * from the interface strings (`signup.<field>.<value>`) or, for languages, from Intl in the
 * reader's language.
 */

/** Languages offered as checkboxes: those most spoken by newcomers, plus Dutch and English. */
export const SIGNUP_LANGUAGES = [
  'nl',
  'en',
  'ar',
  'fa',
  'prs',
  'ps',
  'ti',
  'am',
  'so',
  'tr',
  'ku',
  'uk',
  'ru',
  'fr',
  'es',
  'ur',
] as const;

export const EXPERIENCE = ['old_law', 'new_law', 'helping_others', 'none'] as const;

export const AVAILABILITY = ['online', 'in_person', 'daytime', 'evenings', 'weekends'] as const;

export const SIGNUP_LIMITS = {
  nameMax: 100,
  emailMax: 200,
  phoneMax: 40,
  heardFromMax: 200,
  languageMax: 60,
  languagesMax: 20,
  firstYear: 1940,
} as const;

/** Name of a language in the reader's language; falls back to the code. */
export function languageLabel(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
