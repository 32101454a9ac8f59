/**
 * Reads the interface strings from `content/ui/<code>.json` on disk.
 *
 * Used where Astro's content layer is not available: the build-time key check and the functions
 * (which render error pages and mails in the request's language). Files are found from the working
 * directory (the project root locally; the function bundle root on Netlify, where netlify.toml's
 * `included_files` places them), or from `UI_STRINGS_DIR`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_CODES } from './locales.ts';
import type { Strings } from './check-ui-keys.ts';

export function uiStringsDir(): string {
  return process.env.UI_STRINGS_DIR ?? join(process.cwd(), 'content', 'ui');
}

export function loadUiFiles(
  dir = uiStringsDir(),
  codes: readonly string[] = LOCALE_CODES,
): Record<string, Strings> {
  const all: Record<string, Strings> = {};
  for (const code of codes) {
    const file = join(dir, `${code}.json`);
    try {
      all[code] = JSON.parse(readFileSync(file, 'utf8')) as Strings;
    } catch (error) {
      throw new Error(`Cannot read the interface strings ${file}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return all;
}
