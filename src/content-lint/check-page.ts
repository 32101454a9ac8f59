/**
 * The plain-language check of one Dutch page (docs/writing.md): sentence length, glossary terms used
 * without a Term link, sources and the last check date.
 */
import { sentences, wordCount } from './sentences.ts';

export const LIMITS = {
  /** Average words per sentence a page may not exceed. */
  averageWords: 12,
  /** Words above which a sentence is reported as long. */
  longSentence: 20,
  /** Words above which a sentence fails the check. */
  maxWords: 25,
  /** Days after which lastChecked is reported as stale. */
  staleDays: 365,
} as const;

export interface GlossaryWord {
  id: string;
  forms: string[];
}

export interface PageReport {
  page: string;
  sentences: number;
  averageWords: number;
  longSentences: number;
  longest: string;
  longestWords: number;
  unlinkedTerms: string[];
  sources: number;
  lastCheckedDays: number | null;
  failures: string[];
}

export interface PageInput {
  page: string;
  body: string;
  sources: unknown[] | undefined;
  lastChecked: Date | undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Glossary terms that occur in the text but are never linked with <Term id="…"> on the page. */
export function unlinkedTerms(body: string, glossary: GlossaryWord[]): string[] {
  const linked = new Set([...body.matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => m[1]));
  const text = body.replace(/<Term[^>]*>[\s\S]*?<\/Term>/g, ' ').replace(/\]\([^)]*\)/g, ']');
  return glossary
    .filter((g) => !linked.has(g.id))
    .filter((g) =>
      g.forms.some((form) => new RegExp(`(?<![\\p{L}-])${escapeRegExp(form)}(?![\\p{L}-])`, 'iu').test(text)),
    )
    .map((g) => g.id);
}

export function checkPage(input: PageInput, glossary: GlossaryWord[], today = new Date()): PageReport {
  const list = sentences(input.body);
  const counts = list.map(wordCount);
  const total = counts.reduce((a, b) => a + b, 0);
  const longestIndex = counts.indexOf(Math.max(0, ...counts));
  const averageWords = list.length > 0 ? total / list.length : 0;
  const lastCheckedDays = input.lastChecked
    ? Math.floor((today.getTime() - input.lastChecked.getTime()) / 86_400_000)
    : null;
  const report: PageReport = {
    page: input.page,
    sentences: list.length,
    averageWords,
    longSentences: counts.filter((c) => c > LIMITS.longSentence).length,
    longest: list[longestIndex] ?? '',
    longestWords: counts[longestIndex] ?? 0,
    unlinkedTerms: unlinkedTerms(input.body, glossary),
    sources: input.sources?.length ?? 0,
    lastCheckedDays,
    failures: [],
  };
  if (report.sources === 0) report.failures.push('no sources');
  if (lastCheckedDays === null) report.failures.push('no lastChecked');
  if (averageWords > LIMITS.averageWords)
    report.failures.push(`average ${averageWords.toFixed(1)} words per sentence > ${LIMITS.averageWords}`);
  if (report.longestWords > LIMITS.maxWords)
    report.failures.push(
      `a sentence of ${report.longestWords} words > ${LIMITS.maxWords}: "${report.longest}"`,
    );
  return report;
}
