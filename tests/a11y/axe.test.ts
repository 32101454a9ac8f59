/**
 * Every built page, in one browser with parallel tabs:
 * - axe with the WCAG 2.0/2.1/2.2 A and AA tags: 0 violations;
 * - no horizontal scrolling at 320 CSS px (WCAG 1.4.10 reflow);
 * - no request to another origin and no console error (a CSP violation would show here).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { builtPagePaths } from '../support/dist-pages.ts';
import { inParallel, watchedContext } from '../support/pages.ts';
import { startApp, type App } from '../support/app.ts';
import { dynamicPagePaths, formPagePaths } from '../support/dynamic-pages.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TABS = Number(process.env.A11Y_TABS ?? 4);

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

it('every built page: axe 0 violations, no horizontal scroll at 320 px, nothing from other origins', async () => {
  // Every built page, and the pages functions render (thank-you pages per language).
  const paths = [...builtPagePaths(), ...dynamicPagePaths()];
  const started = Date.now();
  const { context, log } = await watchedContext(browser, server.url, { viewport: { width: 320, height: 640 } });
  const problems: string[] = [];
  await inParallel(paths, TABS, async (path) => {
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`${path}: scrolls ${overflow}px sideways at 320 px`);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of result.violations) {
      problems.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    }
    await page.close();
  });
  await context.close();
  console.log(`axe: ${paths.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s (${TABS} tabs)`);
  expect(problems).toEqual([]);
  expect(log.foreignRequests).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
});

it('every form page in its error state (empty submit with JavaScript): axe 0 violations', async () => {
  const { context, log } = await watchedContext(browser, server.url, { viewport: { width: 320, height: 640 } });
  const problems: string[] = [];
  await inParallel(formPagePaths(), TABS, async (path) => {
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitForFunction(() => document.querySelector('form.ww-form')?.hasAttribute('novalidate'));
    await page.click('form.ww-form button[type=submit]');
    await page.locator('.ww-error-summary').waitFor();
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of result.violations) problems.push(`${path} (errors): ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`${path} (errors): scrolls ${overflow}px sideways at 320 px`);
    await page.close();
  });
  await context.close();
  expect(problems).toEqual([]);
  expect(log.foreignRequests).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
});
