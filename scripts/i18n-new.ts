/**
 * npm run i18n:new -- <lang> <slug>   start a translation: copies the Dutch page (or checker result,
 * `checker/<result>`) into the language with `translation: machine`, the `sourceHash` of the Dutch
 * text it was made from, and its links to pages of the site in that language. Then translate the
 * text; `npm run check:content` says so while it is still Dutch. Never overwrites a file.
 *   npm run i18n:new -- ar boetes
 *   npm run i18n:new -- so index           the home page of a new language
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentHash, splitFrontmatter, withSourceHash } from '../src/content-model/content-hash.ts';
import { pageSlugs } from '../src/content-model/page-files.ts';
import { isLocale, LOCALE_CODES, SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { localizeLinks } from '../src/i18n/urls.ts';
import { nearest } from '../src/lib/nearest.ts';

const root = process.cwd();
const [lang, slug] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

if (!lang || !slug)
  fail('Usage: npm run i18n:new -- <lang> <slug>   e.g. npm run i18n:new -- ar boetes (or checker/<result>)');
if (!isLocale(lang) || lang === SOURCE_LOCALE)
  fail(
    `"${lang}" is not a translated language of the site: one of ${LOCALE_CODES.filter((c) => c !== SOURCE_LOCALE).join(', ')} (src/i18n/locales.ts).`,
  );

const isResult = slug!.startsWith('checker/');
const fileOf = (code: string) =>
  isResult
    ? join(root, 'content', 'checker', 'results', code, `${slug!.slice('checker/'.length)}.mdx`)
    : join(root, 'content', 'pages', code, `${slug}.mdx`);
const source = fileOf(SOURCE_LOCALE);
const target = fileOf(lang!);

if (!existsSync(source)) {
  const known = isResult ? [] : pageSlugs(pathToFileURL(join(root, 'content', 'pages', '/')), SOURCE_LOCALE);
  const suggestion = nearest(slug!, known, true);
  fail(`There is no Dutch ${relative(root, source)}${suggestion ? ` — did you mean "${suggestion}"?` : '.'}`);
}
if (existsSync(target))
  fail(`${relative(root, target)} already exists: translate it there (it is never overwritten).`);

const dutch = readFileSync(source, 'utf8');
const { frontmatter, body } = splitFrontmatter(dutch);
const front = /^translation:.*$/m.test(frontmatter)
  ? frontmatter.replace(/^translation:.*$/m, 'translation: machine')
  : `${frontmatter}\ntranslation: machine`;
const copy = withSourceHash(`---\n${front}\n---\n${localizeLinks(body, lang!)}`, contentHash(dutch));
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, copy);
console.log(
  `${relative(root, target)}: a copy of the Dutch text, translation: machine, sourceHash ${contentHash(dutch)}. Translate the title, description and text; links already lead to /${lang}/.`,
);
