/**
 * Every built page, in one browser with parallel tabs, one test per language (so a failure names
 * the language and each test has a time limit in proportion to its pages). Of the checker's
 * question and result pages, one per question and result and language: the other paths to them
 * give the same page but for the list of answers given (tests/support/checker-pages.ts); that
 * more than halves the run's time.
 * - axe with the WCAG 2.0/2.1/2.2 A and AA tags: 0 violations;
 * - no horizontal scrolling at 320 CSS px (WCAG 1.4.10 reflow);
 * - no request to another origin and no console error (a CSP violation would show here).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, sidewaysScroll } from '../support/a11y-checks.ts';
import { launchBrowser } from '../../support/browser.ts';
import { builtPagePaths } from '../../src/budgets/built-pages.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { inParallel, watchedContext } from '../support/pages.ts';
import { startApp, type App } from '../../support/app.ts';
import { dynamicPagePaths, formPagePaths } from '../support/dynamic-pages.ts';
import { repeatedCheckerPaths } from '../support/checker-pages.ts';

const TABS = Number(process.env.A11Y_TABS ?? 4);
// Measured ≈ 0.6 s per page with 4 tabs on 2 cores; the limit leaves room for a busy machine.
const SECONDS_PER_PAGE = 2;

let server: App;
let browser: Browser;
beforeAll(async () => {
  server = await startApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Every built page, and the pages functions render (thank-you pages and others per language).
const repeats = repeatedCheckerPaths();
const builtPaths = builtPagePaths();
const allPaths = [...builtPaths, ...dynamicPagePaths()].filter((path) => !repeats.has(path));
const langOf = (path: string) => LOCALE_CODES.find((code) => path.startsWith(`/${code}/`));
const groups = [
  ...LOCALE_CODES.map((code) => ({ name: code, paths: allPaths.filter((p) => langOf(p) === code) })),
  { name: 'outside a language (chooser, 404, status)', paths: allPaths.filter((p) => !langOf(p)) },
];

it(`the ${repeats.size} checker pages left out repeat a question or result that is checked, and are built`, () => {
  // If the checker's paths change shape, the filter would match nothing (or something else).
  const built = new Set(builtPaths);
  expect(repeats.size).toBeGreaterThan(0);
  expect([...repeats].filter((path) => !built.has(path))).toEqual([]);
});

for (const group of groups) {
  it(
    `${group.name}: every page (${group.paths.length}): axe 0 violations, no horizontal scroll at 320 px, nothing from other origins`,
    { timeout: 30_000 + group.paths.length * SECONDS_PER_PAGE * 1000 },
    async () => {
      const started = Date.now();
      const { context, log } = await watchedContext(browser, server.url, {
        viewport: { width: 320, height: 640 },
      });
      const problems: string[] = [];
      // One tab per worker, reused from page to page (opening a tab costs more than a navigation).
      const tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
      await inParallel(group.paths, TABS, async (path, worker) => {
        const page = tabs[worker]!;
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        const overflow = await sidewaysScroll(page);
        if (overflow > 0) problems.push(`${path}: scrolls ${overflow}px sideways at 320 px`);
        for (const violation of await axeViolations(page)) problems.push(`${path}: ${violation}`);
      });
      await context.close();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`axe ${group.name}: ${group.paths.length} pages in ${seconds} s (${TABS} tabs)`);
      expect(problems).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    },
  );
}

it('every form page in its error state (empty submit with JavaScript): axe 0 violations', async () => {
  const { context, log } = await watchedContext(browser, server.url, {
    viewport: { width: 320, height: 640 },
  });
  const problems: string[] = [];
  await inParallel(formPagePaths(), TABS, async (path) => {
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitForFunction(() => document.querySelector('form.ww-form')?.hasAttribute('data-enhanced'));
    await page.click('form.ww-form button[type=submit]');
    await page.locator('.ww-error-summary').waitFor();
    for (const violation of await axeViolations(page)) problems.push(`${path} (errors): ${violation}`);
    const overflow = await sidewaysScroll(page);
    if (overflow > 0) problems.push(`${path} (errors): scrolls ${overflow}px sideways at 320 px`);
    await page.close();
  });
  await context.close();
  expect(problems).toEqual([]);
  expect(log.foreignRequests).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
});
