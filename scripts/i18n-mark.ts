/**
 * After a translator has checked a translation against the current Dutch page, record the Dutch
 * page's content hash in the translation, so it no longer shows as "outdated".
 *
 *   npm run i18n:mark -- <lang> <slug> [<slug> …]     e.g. npm run i18n:mark -- ar pip boetes
 *   npm run i18n:mark -- <lang> checker/<result>       a result of the checker
 *   npm run i18n:mark -- <lang> --all                 every page and checker result of that language
 *
 * This is deliberately a separate act: editing a translation never clears "outdated" by itself.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { pageSlugs } from '../src/content-model/page-files.ts';
import { join } from 'node:path';
import { contentHash, withSourceHash } from '../src/content-model/content-hash.ts';
import { isLocale, SOURCE_LOCALE } from '../src/i18n/locales.ts';

const pagesDir = join(process.cwd(), 'content', 'pages');
const resultsDir = join(process.cwd(), 'content', 'checker', 'results');

/** "pip" → content/pages/<lang>/pip.mdx; "checker/oude-wet-asiel" → content/checker/results/<lang>/oude-wet-asiel.mdx. */
function fileOf(lang: string, slug: string): string {
  return slug.startsWith('checker/')
    ? join(resultsDir, lang, `${slug.slice(8)}.mdx`)
    : join(pagesDir, lang, `${slug}.mdx`);
}
const [lang, ...rest] = process.argv.slice(2);

if (!lang || !isLocale(lang) || lang === SOURCE_LOCALE || rest.length === 0) {
  console.error('Usage: npm run i18n:mark -- <lang> <slug>… | --all   (lang: a translated language, not nl)');
  process.exit(2);
}

const slugs = rest.includes('--all')
  ? [
      ...pageSlugs(pathToFileURL(`${pagesDir}/`), lang),
      ...(existsSync(join(resultsDir, lang))
        ? readdirSync(join(resultsDir, lang))
            .filter((f) => f.endsWith('.mdx'))
            .map((f) => `checker/${f.slice(0, -4)}`)
        : []),
    ]
  : rest;

let failed = false;
for (const slug of slugs) {
  const target = fileOf(lang, slug);
  const source = fileOf(SOURCE_LOCALE, slug);
  try {
    const hash = contentHash(readFileSync(source, 'utf8'));
    writeFileSync(target, withSourceHash(readFileSync(target, 'utf8'), hash));
    console.log(`${lang}/${slug}: sourceHash ${hash}`);
  } catch (error) {
    failed = true;
    console.error(`${lang}/${slug}: ${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
