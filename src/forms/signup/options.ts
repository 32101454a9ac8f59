/**
 * The choices of the expert-pool sign-up. Values are codes (stored and exported); labels come
 * from the interface strings: `signup.<field>.<value>`, and for languages `language.<code>`.
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

/** Name of a language in the reader's language, from the interface strings (`language.<code>`). */
export function languageLabel(code: string, t: (key: string) => string): string {
  return t(`language.${code}`);
}
