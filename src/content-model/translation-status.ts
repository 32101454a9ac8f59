/**
 * How current each translation is, from the files on disk: for every Dutch page and checker
 * result, per language — missing, outdated (the Dutch text changed since the recorded source hash),
 * machine or reviewed. Used by `npm run i18n:status`, the editors' status page and the reader
 * notice on outdated pages. The date a Dutch file changed comes from git (the last commit touching
 * it), or from the file itself when it has uncommitted changes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCALE_CODES, SOURCE_LOCALE } from '../i18n/locales.ts';
import { contentHash, readFrontmatter, splitFrontmatter } from './content-hash.ts';
import { pageSlugs } from './page-files.ts';

export type TranslationState = 'missing' | 'outdated' | 'machine' | 'reviewed';

export interface TranslationEntry {
  /** "pip", "expertpool/inzichten", or "checker/oude-wet-asiel". */
  slug: string;
  lang: string;
  state: TranslationState;
  /** When the Dutch source last changed (for the outdated notice). */
  sourceChanged: Date;
}

function sourceFiles(root: string): Array<{ slug: string; file: (lang: string) => string }> {
  const pages = pageSlugs(pathToFileURL(`${join(root, 'content', 'pages')}/`), SOURCE_LOCALE).map((slug) => ({
    slug,
    file: (lang: string) => join(root, 'content', 'pages', lang, `${slug}.mdx`),
  }));
  const resultsDir = join(root, 'content', 'checker', 'results', SOURCE_LOCALE);
  const results = existsSync(resultsDir)
    ? readdirSync(resultsDir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((f) => ({
          slug: `checker/${f.slice(0, -4)}`,
          file: (lang: string) => join(root, 'content', 'checker', 'results', lang, f),
        }))
    : [];
  return [...pages, ...results];
}

/** Last commit date per file under content/ (one git call), empty if git is not available. */
function gitDates(root: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'content'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    let current: Date | undefined;
    for (const line of log.split('\n')) {
      if (line.startsWith('\u0000')) current = new Date(line.slice(1));
      else if (line.trim() && current && !dates.has(line.trim())) dates.set(line.trim(), current);
    }
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'content'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    for (const line of dirty.split('\n')) if (line.trim()) dates.delete(line.slice(3).trim());
  } catch {
    // Not a git checkout: file times are used instead.
  }
  return dates;
}

export function translationStatus(
  root: string = process.cwd(),
  locales: readonly string[] = LOCALE_CODES,
): TranslationEntry[] {
  const dates = gitDates(root);
  const entries: TranslationEntry[] = [];
  for (const { slug, file } of sourceFiles(root)) {
    const sourceFile = file(SOURCE_LOCALE);
    const hash = contentHash(readFileSync(sourceFile, 'utf8'));
    const sourceChanged =
      dates.get(relative(root, sourceFile).split('\\').join('/')) ?? statSync(sourceFile).mtime;
    for (const lang of locales) {
      if (lang === SOURCE_LOCALE) continue;
      const target = file(lang);
      if (!existsSync(target)) {
        entries.push({ slug, lang, state: 'missing', sourceChanged });
        continue;
      }
      const data = readFrontmatter(splitFrontmatter(readFileSync(target, 'utf8')).frontmatter) as {
        translation?: string;
        sourceHash?: unknown;
      };
      const state: TranslationState =
        String(data.sourceHash ?? '') !== hash
          ? 'outdated'
          : data.translation === 'reviewed'
            ? 'reviewed'
            : 'machine';
      entries.push({ slug, lang, state, sourceChanged });
    }
  }
  return entries;
}

let cached: Map<string, TranslationEntry> | undefined;

/** The state of one translation (cached for a build). */
export function translationOf(
  lang: string,
  slug: string,
  root: string = process.cwd(),
): TranslationEntry | undefined {
  cached ??= new Map(translationStatus(root).map((e) => [`${e.lang}|${e.slug}`, e]));
  return cached.get(`${lang}|${slug}`);
}
