/**
 * npm run lint:content — the plain-language check of every Dutch page (docs/writing.md).
 * Prints a table per page; fails when a page has no sources or lastChecked, an average over 12
 * words per sentence, or a sentence over 25 words. Long sentences (> 20), glossary terms used
 * without a Term link and checks older than 12 months are reported, not failed. A page with any
 * problem `npm run check:content` finds (the build would stop on it) is FAIL too, with its lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { readFrontmatter, splitFrontmatter } from '../src/content-model/content-hash.ts';
import { formatProblem } from '../src/content-model/problem.ts';
import { checkContent } from '../src/content-check/check-content.ts';
import { checkPage, LIMITS, type GlossaryWord } from '../src/content-lint/check-page.ts';
import { SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { pageSlugs } from '../src/content-model/page-files.ts';

const root = join(process.cwd(), 'content');
const glossaryFile = readFrontmatter(
  readFileSync(join(root, 'glossary', `${SOURCE_LOCALE}.yaml`), 'utf8'),
) as {
  terms?: { id: string; term: string; aliases?: string[] }[];
};
const glossary: GlossaryWord[] = (glossaryFile.terms ?? []).map((t) => ({
  id: t.id,
  forms: [t.term, ...(t.aliases ?? [])],
}));

// The Dutch pages and the checker's Dutch results.
const files = [
  ...pageSlugs(pathToFileURL(`${join(root, 'pages')}/`), SOURCE_LOCALE).map((slug) => ({
    name: slug,
    path: join(root, 'pages', SOURCE_LOCALE, `${slug}.mdx`),
  })),
  ...readdirSync(join(root, 'checker', 'results', SOURCE_LOCALE))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({
      name: `checker/${f.slice(0, -4)}`,
      path: join(root, 'checker', 'results', SOURCE_LOCALE, f),
    })),
];
// What the build would stop on, per file (a front matter YAML cannot read is one of those).
const problems = checkContent(pathToFileURL(`${process.cwd()}/`)).problems;
const problemsOf = (path: string) => problems.filter((p) => join(process.cwd(), p.file) === path);

const reports = files.map(({ name, path }) => {
  const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
  const data = readFrontmatter(frontmatter) as {
    sources?: unknown[];
    lastChecked?: string | Date;
    unlisted?: boolean;
  };
  const lastChecked = data.lastChecked ? new Date(data.lastChecked) : undefined;
  const report = checkPage({ page: name, body, sources: data.sources, lastChecked }, glossary);
  const found = problemsOf(path);
  // The check's lines name the line and what to do; they include this page's plain-language failures.
  if (found.length > 0) report.failures = found.map(formatProblem);
  return report;
});

console.log(
  `Plain-language check of ${reports.length} Dutch pages (fail: average > ${LIMITS.averageWords}, a sentence > ${LIMITS.maxWords} words, no sources, no lastChecked)`,
);
console.table(
  reports.map((r) => ({
    page: r.page,
    sentences: r.sentences,
    'avg words': Number(r.averageWords.toFixed(1)),
    [`> ${LIMITS.longSentence} words`]: r.longSentences,
    longest: r.longestWords,
    'terms without Term': r.unlinkedTerms.join(', ') || '–',
    sources: r.sources,
    'checked (days ago)': r.lastCheckedDays ?? 'MISSING',
    result:
      r.failures.length > 0
        ? 'FAIL'
        : r.lastCheckedDays !== null && r.lastCheckedDays > LIMITS.staleDays
          ? 'stale'
          : 'ok',
  })),
);
const all = reports.reduce((a, r) => ({ s: a.s + r.sentences, w: a.w + r.averageWords * r.sentences }), {
  s: 0,
  w: 0,
});
console.log(
  `All pages: ${all.s} sentences, ${(all.w / Math.max(1, all.s)).toFixed(1)} words per sentence on average.`,
);
for (const r of reports)
  if (r.longSentences > 0 && r.longestWords > LIMITS.longSentence)
    console.log(`Longest in ${r.page} (${r.longestWords}): ${r.longest}`);

const failed = reports.filter((r) => r.failures.length > 0);
if (failed.length > 0) {
  console.error(`\n${failed.length} page(s) fail:`);
  for (const r of failed)
    for (const failure of r.failures)
      console.error(/^content\//.test(failure) ? failure : `- ${r.page}: ${failure}`);
  process.exit(1);
}
