/**
 * A language is one entry in src/i18n/locales.ts: no other code, test, script or helper lists the
 * site's languages, so adding a seventh changes nothing else (tests/e2e/extra-locale.test.ts builds
 * one). This finds any literal list that names every language of the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';

const ROOTS = ['src', 'tests', 'scripts', 'support', 'functions', 'bench'];
const FILES = /\.(ts|tsx|mjs|js|astro)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', 'results', 'starlight'].includes(e.name) ? [] : files(path);
    return FILES.test(e.name) ? [path] : [];
  });
}

/** Brackets, parentheses or braces whose items are only quoted language codes, naming all of them. */
function languageLists(text: string): string[] {
  const code = `['"\`](?:${LOCALE_CODES.join('|')})['"\`]`;
  const list = new RegExp(`[[({]\\s*${code}(?:\\s*[,|]\\s*${code})+\\s*,?\\s*[\\])}]`, 'g');
  return [...text.matchAll(list)]
    .map((m) => m[0])
    .filter((found) => LOCALE_CODES.every((c) => new RegExp(`['"\`]${c}['"\`]`).test(found)));
}

describe('the list of languages', () => {
  it('finds a list when there is one', () => {
    const quoted = LOCALE_CODES.map((c) => `'${c}'`).join(', ');
    expect(languageLists(`const x = [${quoted}];`)).toHaveLength(1);
    expect(languageLists(`pick(${quoted})`)).toHaveLength(1);
    expect(languageLists(`const x = [${LOCALE_CODES.slice(1).map((c) => `'${c}'`)}];`)).toHaveLength(0);
  });

  it('is written only in src/i18n/locales.ts', () => {
    const found = ROOTS.flatMap(files)
      .filter((file) => file !== join('src', 'i18n', 'locales.ts'))
      .flatMap((file) => languageLists(readFileSync(file, 'utf8')).map((list) => `${file}: ${list}`));
    expect(found).toEqual([]);
  });
});
