/**
 * Lighthouse (mobile, simulated throttling) in Debian's Chromium, one page at a time in one
 * browser. Used by the benchmark (all templates) and the test run's quality gate.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from './browser.ts';

export interface Scores {
  url: string;
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  /** Audits that did not score 1 in a category below 100, for the report. */
  failing: string[];
  /** Performance of every run made (more than one when the best of several was asked for). */
  performanceRuns: number[];
}

/**
 * Audits `url` up to `runs` times while performance stays below 100 and keeps the best run.
 * Performance is simulated from CPU timings observed on this machine and moves by a point or two
 * between runs; Lighthouse CI's defaults (3 runs, "optimistic" aggregation) judge the same way.
 * The other categories do not vary between runs.
 */
export async function bestOf(
  audit: (url: string) => Promise<Scores>,
  url: string,
  runs: number,
): Promise<Scores> {
  let best = await audit(url);
  const performanceRuns = [best.performance];
  while (best.performance < 100 && performanceRuns.length < runs) {
    const next = await audit(url);
    performanceRuns.push(next.performance);
    if (next.performance > best.performance) best = next;
  }
  return { ...best, performanceRuns };
}

export async function withLighthouse<T>(
  work: (audit: (url: string) => Promise<Scores>) => Promise<T>,
): Promise<T> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROMIUM_FLAGS.map((f) => (f === '--headless' ? '--headless=new' : f)),
  });
  try {
    return await work(async (url) => {
      // A run that could not measure (a runtime error, a category without a score) is retried: that
      // is Lighthouse failing, not the page.
      let lhr;
      for (let attempt = 1; ; attempt++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          formFactor: 'mobile',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        lhr = result!.lhr;
        const unmeasured = lhr.runtimeError || Object.values(lhr.categories).some((c) => c.score === null);
        if (!unmeasured || attempt === 3) break;
      }
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing: string[] = lhr.runtimeError ? [`runtime error: ${lhr.runtimeError.code}`] : [];
      for (const category of Object.values(lhr.categories)) {
        if ((category.score ?? 0) >= 1) continue;
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
            failing.push(`${category.id}: ${ref.id} (${audit.score})`);
        }
      }
      return {
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        failing,
        performanceRuns: [score('performance')],
      };
    });
  } finally {
    chrome.kill();
  }
}
