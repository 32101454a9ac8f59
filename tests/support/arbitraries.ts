/**
 * fast-check generators for form submissions: text in the scripts our readers write (Arabic,
 * Persian, Ethiopic, Latin with diacritics), emoji, combining marks and direction marks.
 */
import fc from 'fast-check';

const SCRIPTS = [
  [0x0600, 0x06ff], // Arabic (and Persian letters)
  [0x1200, 0x137f], // Ethiopic
  [0x0041, 0x007a], // Latin
  [0x00c0, 0x017f], // Latin with diacritics (Turkish ş, ğ, …)
  [0x0300, 0x036f], // combining marks
] as const;
const SPECIALS = [
  '\u200e',
  '\u200f',
  '\u2066',
  '\u2069',
  ' ',
  '\n',
  '😀',
  '👩🏽‍🏫',
  '🇳🇱',
  '?',
  '€',
  '0',
  '9',
  '<',
  '&',
  '"',
  "'",
  '=',
];

export const readerChar = fc.oneof(
  ...SCRIPTS.map(([from, to]) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c))),
  fc.constantFrom(...SPECIALS),
);

/** Text people might type, as a string of well-formed characters. */
export function readerText(minLength: number, maxLength: number) {
  return fc.array(readerChar, { minLength, maxLength }).map((chars) => chars.join(''));
}

/** A question text that the schema accepts: at least 10 visible characters, at most 2,000 units. */
export const validQuestionText = fc
  .tuple(
    fc.array(
      fc.oneof(
        ...SCRIPTS.slice(0, 4).map(([f, t]) =>
          fc.integer({ min: f, max: t }).map((c) => String.fromCodePoint(c)),
        ),
      ),
      { minLength: 10, maxLength: 40 },
    ),
    readerText(0, 300),
  )
  .map(([core, extra]) => `${core.join('')}${extra}`.slice(0, 1900))
  .filter((text) => text.trim().length >= 10 && text.isWellFormed());
