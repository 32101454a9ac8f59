/**
 * pa11y-ci with HTML_CodeSniffer (WCAG2AA) on one page of every template in every locale — a second
 * engine beside axe, which tests/a11y/axe.test.ts runs on every page, error states included (so
 * pa11y's own axe runner would only repeat it): the chooser, home, an explainer, a fallback page, 404, the form pages, their error
 * states and the thank-you pages (found from the built pages' data-template, so new templates are
 * covered without a change here). Any issue fails the test; pa11y-ci's report is printed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from '../../support/browser.ts';
import { builtPagePaths, readBuiltPage } from '../../src/budgets/built-pages.ts';
import { startApp, type App } from '../../support/app.ts';
import { extraPa11yUrls } from './pa11y-states.ts';

/** One page per (locale, template, fallback or not). */
function templatePages(dist = 'dist'): string[] {
  const seen = new Set<string>();
  const chosen: string[] = [];
  for (const { path, html, template, lang } of builtPagePaths(dist).map((p) => readBuiltPage(dist, p))) {
    const key = `${lang}|${template}|${html.includes('data-notice="fallback"')}`;
    if (!seen.has(key)) {
      seen.add(key);
      chosen.push(path);
    }
  }
  return chosen;
}

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

it('pa11y-ci (htmlcs, WCAG2AA): 0 issues on every template in every locale', async () => {
  const started = Date.now();
  const urls = [...templatePages().map((p) => `${app.url}${p}`), ...extraPa11yUrls(app.url)];
  const config = {
    defaults: {
      runners: ['htmlcs'],
      standard: 'WCAG2AA',
      timeout: 60_000,
      concurrency: Number(process.env.PA11Y_CONCURRENCY ?? 4),
      // A context per URL makes Chromium drop tabs under concurrency (Target.closeTarget errors).
      useIncognitoBrowserContext: false,
      // puppeteer adds its own headless flag; a second --headless breaks parallel tabs.
      chromeLaunchConfig: {
        executablePath: chromiumPath(),
        args: CHROMIUM_FLAGS.filter((f) => f !== '--headless'),
      },
    },
    urls,
  };
  const file = join(mkdtempSync(join(tmpdir(), 'pa11y-')), 'pa11y-ci.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  // Asynchronous on purpose: the app server runs in this process and must keep answering.
  let output = '';
  const status = await new Promise<number>((resolve) => {
    const child = spawn('npx', ['pa11y-ci', '--config', file]);
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve(code ?? 1));
  });
  console.log(`${output}\npa11y-ci: ${urls.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(status, output.slice(-4000)).toBe(0);
});
