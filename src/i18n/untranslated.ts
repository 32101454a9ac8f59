/**
 * Interface strings left in English in another language: a file copied from en.json and not (yet)
 * translated. Names that are the same in every language are allowed; add one here only when no
 * language has a word of its own for it.
 */
import type { Strings } from './check-ui-keys.ts';

/** The language a new translation is usually copied from. */
export const ENGLISH = 'en';

/** Strings that are rightly the same in every language: the site's name and names of organisations. */
export const SAME_IN_EVERY_LANGUAGE: readonly string[] = [
  'Wegwijzer Inburgering',
  'DUO',
  'IND',
  'COA',
  'VNG',
  'DigiD',
  'Mijn Inburgering',
  'WhatsApp',
];

/** The keys whose text is the same as in English (and has letters, and is not a name above). */
export function untranslatedKeys(strings: Strings, english: Strings): string[] {
  return Object.keys(strings)
    .filter((key) => {
      const text = strings[key]!;
      return text === english[key] && /\p{L}/u.test(text) && !SAME_IN_EVERY_LANGUAGE.includes(text.trim());
    })
    .sort();
}
