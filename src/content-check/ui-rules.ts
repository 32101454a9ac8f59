/**
 * The interface strings (content/ui/<lang>.json): one file per language of the site, every key of
 * nl.json in every file (with the plural forms each language needs), a name for every language a
 * reader may be told about (`language.<code>`), no key the Dutch file lacks, and no string left
 * in English.
 */
import type { Problem } from '../content-model/problem.ts';
import { missingKeys, type Strings } from '../i18n/check-ui-keys.ts';
import { fallbackChain, LOCALE_CODES, SOURCE_LOCALE } from '../i18n/locales.ts';
import { ENGLISH, untranslatedKeys } from '../i18n/untranslated.ts';
import { nearest } from '../lib/nearest.ts';
import type { YamlSource } from './yaml-source.ts';

export interface UiFile {
  lang: string;
  path: string;
  strings: Strings | undefined;
  source: YamlSource;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Keys every language needs besides those of nl.json: the name of each language a notice may name. */
export function languageNameKeys(): string[] {
  return [...new Set(LOCALE_CODES.flatMap((code) => fallbackChain(code)))].map((code) => `language.${code}`);
}

export function uiProblems(files: readonly UiFile[]): Problem[] {
  const problems: Problem[] = [];
  const byLang = new Map(files.map((f) => [f.lang, f]));
  for (const code of LOCALE_CODES)
    if (!byLang.has(code))
      problems.push({
        file: `content/ui/${code}.json`,
        line: 1,
        column: 1,
        message: `"${code}" is a language of the site (src/i18n/locales.ts) without interface strings — copy content/ui/${ENGLISH}.json to content/ui/${code}.json and translate every string`,
      });
  const nl = byLang.get(SOURCE_LOCALE)?.strings;
  const english = byLang.get(ENGLISH)?.strings;
  const needed: Strings = { ...Object.fromEntries(languageNameKeys().map((k) => [k, ''])), ...nl };
  for (const file of files) {
    const top = { file: file.path, line: 1, column: 1 };
    if (!LOCALE_CODES.includes(file.lang)) {
      problems.push({
        ...top,
        message: `"${file.lang}" is not a language of the site — add it to src/i18n/locales.ts, or remove the file`,
      });
      continue;
    }
    const strings = file.strings;
    if (!strings || !nl) continue;
    const missing = missingKeys(needed, strings, file.lang);
    if (missing.length > 0)
      problems.push({
        ...top,
        message: `lacks ${missing.length}: ${missing.join(', ')} — add ${missing.length === 1 ? 'it' : 'them'}, translated (${file.lang === SOURCE_LOCALE ? 'a name for each language a notice may name' : 'content/ui/nl.json has every key'})`,
      });
    if (file.lang === SOURCE_LOCALE) continue;
    for (const key of Object.keys(strings)) {
      const base = key.replace(PLURAL, '');
      if (
        key in needed ||
        (PLURAL.test(key) && Object.keys(needed).some((k) => k.replace(PLURAL, '') === base))
      )
        continue;
      const suggestion = nearest(key, Object.keys(needed), true);
      problems.push({
        file: file.path,
        ...file.source.keyPositionOf([key]),
        message: `"${key}" is not a key of content/ui/nl.json, so it is never shown — ${suggestion ? `did you mean "${suggestion}"?` : 'remove it'}`,
      });
    }
    if (file.lang === ENGLISH || !english) continue;
    const same = untranslatedKeys(strings, english);
    if (same.length > 0)
      problems.push({
        file: file.path,
        // At the first of them in the file.
        ...file.source.keyPositionOf([Object.keys(strings).find((k) => same.includes(k))!]),
        message: `${same.length} interface string${same.length === 1 ? ' is' : 's are'} the same as in English, so not translated: ${same
          .slice(0, 5)
          .join(
            ', ',
          )}${same.length > 5 ? ', …' : ''} — translate ${same.length === 1 ? 'it' : 'them'} (a name that stays the same in every language belongs in src/i18n/untranslated.ts)`,
      });
  }
  return problems;
}
