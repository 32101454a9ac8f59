/**
 * The plain-language check (src/content-lint/, docs/writing.md: B1 Dutch) of a Dutch page or checker
 * result as problems: a sentence over the limit points at its line; a page average over the limit,
 * or a page without sources, at the start of the text.
 */
import { checkPage, LIMITS } from '../content-lint/check-page.ts';
import { splitFrontmatter } from '../content-model/content-hash.ts';
import type { Problem } from '../content-model/problem.ts';
import type { At } from './mdx-tree.ts';

/** The line of the file where a sentence starts (found by its first words), or undefined. */
function lineOf(text: string, sentence: string): number | undefined {
  const words = sentence.split(/\s+/).slice(0, 3).join(' ');
  const lines = text.split('\n');
  const index = lines.findIndex((line) =>
    line
      .replace(/<[^>]+>/g, ' ')
      .replace(/[*_]/g, '')
      .replace(/\s+/g, ' ')
      .includes(words),
  );
  return index < 0 ? undefined : index + 1;
}

export function plainLanguageProblems(
  file: string,
  text: string,
  data: { sources?: unknown[]; lastChecked?: unknown },
  bodyStart: At,
): Problem[] {
  const { body } = splitFrontmatter(text);
  const report = checkPage(
    { page: file, body, sources: data.sources, lastChecked: data.lastChecked ? new Date() : undefined },
    [],
  );
  const problems: Problem[] = [];
  if (report.sources === 0)
    problems.push({
      file,
      line: 2,
      column: 1,
      message: '"sources" is empty — add the official pages the facts on this page come from',
    });
  if (report.averageWords > LIMITS.averageWords)
    problems.push({
      file,
      ...bodyStart,
      message: `the sentences have ${report.averageWords.toFixed(1)} words on average (at most ${LIMITS.averageWords}) — write shorter sentences; npm run lint:content shows the longest`,
    });
  if (report.longestWords > LIMITS.maxWords)
    problems.push({
      file,
      line: lineOf(text, report.longest) ?? bodyStart.line,
      column: 1,
      message: `a sentence of ${report.longestWords} words (at most ${LIMITS.maxWords}): "${report.longest.slice(0, 60)}…" — split it into shorter sentences`,
    });
  return problems;
}
