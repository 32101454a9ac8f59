/**
 * What "fast" means here (docs/design.md, "Budgets"), per page template. Sizes in bytes.
 * Checked by `npm run size` after every build (part of npm test) and reported by the benchmarks.
 */
export interface Budget {
  /** HTML, brotli-compressed: the first round trip on a slow connection. */
  htmlBrotli: number;
  /** HTML + CSS, brotli-compressed. */
  pageBrotli: number;
  /** JavaScript, gzip-compressed (0 = none allowed). */
  jsGzip: number;
}

const KB = 1024;

const CONTENT: Budget = { htmlBrotli: 14 * KB, pageBrotli: 50 * KB, jsGzip: 0 };

export const BUDGETS: Record<string, Budget> = {
  // The heaviest explainer was 9.9 KB before the header got its search form: the header must pay
  // for itself (issue 13), so explainers keep HTML + CSS within 10 KB brotli.
  explainer: { ...CONTENT, pageBrotli: 10 * KB },
  home: CONTENT,
  site: CONTENT,
  insights: CONTENT,
  glossary: { ...CONTENT, htmlBrotli: 20 * KB },
  chooser: CONTENT,
  '404': CONTENT,
  thanks: CONTENT,
  'checker-start': CONTENT,
  'checker-question': CONTENT,
  'checker-result': { ...CONTENT, jsGzip: 5 * KB },
  form: { htmlBrotli: 20 * KB, pageBrotli: 60 * KB, jsGzip: 40 * KB },
  'form-error': { htmlBrotli: 20 * KB, pageBrotli: 60 * KB, jsGzip: 0 },
  status: { htmlBrotli: 40 * KB, pageBrotli: 80 * KB, jsGzip: 0 },
  // The page's own script; Pagefind's library and index load only for a search (bench page-weight).
  search: { htmlBrotli: 20 * KB, pageBrotli: 60 * KB, jsGzip: 5 * KB },
};

export function budgetFor(template: string): Budget {
  const budget = BUDGETS[template];
  if (!budget) throw new Error(`No budget for page template "${template}" (src/budgets/budgets.ts).`);
  return budget;
}
