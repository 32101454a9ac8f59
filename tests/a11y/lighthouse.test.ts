/**
 * Lighthouse (mobile, Debian's Chromium) on every template in Dutch and Arabic: 100 for
 * performance, accessibility and best practices; 100 for SEO on pages meant for search engines.
 * A page whose performance is below 100 is audited again, up to 5 runs, and its best run counts
 * (see bestOf); every re-run is printed. Five, not Lighthouse CI's three: on a busy 2-core machine
 * the form and Arabic pages measured 99 in about one run of three (the CPU timings the simulation
 * scales vary), and a page that is really slower stays below 100 in all five.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bestOf, withLighthouse, type Scores } from '../../support/lighthouse.ts';
import { templatePages } from '../../support/templates.ts';
import { startApp, type App } from '../../support/app.ts';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

it('scores 100 on every template in nl and ar', async () => {
  const pages = templatePages(['nl', 'ar']);
  const problems: string[] = [];
  const started = Date.now();
  await withLighthouse(async (audit) => {
    for (const page of pages) {
      const scores: Scores = await bestOf(audit, `${app.url}${page.path}`, 5);
      if (scores.performanceRuns.length > 1)
        console.log(
          `${page.template} ${page.lang} ${page.path}: performance runs ${scores.performanceRuns.join(', ')}`,
        );
      const gated: Array<'performance' | 'accessibility' | 'best-practices' | 'seo'> = [
        'performance',
        'accessibility',
        'best-practices',
        ...(page.noindex ? [] : ['seo' as const]),
      ];
      for (const category of gated) {
        if (scores[category] < 100)
          problems.push(
            `${page.template} ${page.lang} ${page.path}: ${category} ${scores[category]} — ${scores.failing.join('; ')}`,
          );
      }
    }
  });
  console.log(`Lighthouse: ${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  expect(problems).toEqual([]);
}, 900_000);
