/**
 * "Is deze pagina nuttig?" and "Er klopt iets niet op deze pagina" in Chromium without JavaScript,
 * in Dutch and Persian (right to left), against the built pages and the real handler on a test
 * database: the answer and the report are stored with the page and its translation status, the
 * reader lands back on the page at the thank-you note, a report without its kind gets the error page
 * in the language with the text kept — and axe finds nothing on any of these pages.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/a11y-checks.ts';
import { launchBrowser } from '../../support/browser.ts';
import { startApp, type App } from '../../support/app.ts';

let app: App;
let browser: Browser;
let context: BrowserContext;
let checker: BrowserContext;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
  // axe needs JavaScript: the same page is checked in a context that has it, on the same origin.
  checker = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});
beforeEach(async () => {
  await app.db.pool.query('DELETE FROM feedback');
});

/** axe on what a page without JavaScript shows: the same address (the thank-you note is its :target), or the same HTML. */
async function axeOf(page: Page, options: { sameHtml?: boolean; openReport?: boolean } = {}) {
  const copy = await checker.newPage();
  if (options.sameHtml) {
    const html = await page.content();
    await copy.goto(`${app.url}/fa/`);
    await copy.setContent(html, { waitUntil: 'load' });
  } else await copy.goto(page.url());
  if (options.openReport) await copy.click('.ww-feedback summary');
  const violations = await axeViolations(copy);
  await copy.close();
  return violations;
}

const rows = async () => (await app.db.pool.query('SELECT * FROM feedback ORDER BY id')).rows;

describe('without JavaScript', () => {
  it('nl: "Ja" is stored and the reader is back on the page, at the thank-you note', async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/nl/pip/`);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('#feedback-bedankt').isVisible()).toBe(false);
    await page.click('.ww-useful button[value="yes"]');
    expect(page.url()).toBe(`${app.url}/nl/pip/#feedback-bedankt`);
    expect(await page.locator('#feedback-bedankt').isVisible()).toBe(true);
    expect(await page.locator('#feedback-bedankt').innerText()).toBe('Dank je wel voor je reactie.');
    expect(await rows()).toMatchObject([
      { page: '/nl/pip/', locale: 'nl', translation: 'source', answer: 'yes', category: null, text: null },
    ]);
    expect(await axeOf(page)).toEqual([]);
    await page.close();
  });

  it('fa: a report of a bad translation, with its text, right to left', async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/fa/boetes/`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.click('.ww-feedback summary');
    expect(await page.locator('#feedback-text-hint').innerText()).toContain('اطلاعات شخصی ننویسید');
    expect(await axeOf(page, { openReport: true })).toEqual([]);
    await page.check('#feedback-category-translation');
    await page.fill('#feedback-text', 'کلمه «جریمه» اینجا درست ترجمه نشده است.');
    await page.click('.ww-feedback button[type=submit]');
    expect(page.url()).toBe(`${app.url}/fa/boetes/#feedback-bedankt`);
    expect(await page.locator('#feedback-bedankt').isVisible()).toBe(true);
    const [row] = await rows();
    expect(row).toMatchObject({
      page: '/fa/boetes/',
      locale: 'fa',
      category: 'translation',
      text: 'کلمه «جریمه» اینجا درست ترجمه نشده است.',
      answer: null,
    });
    expect(['machine', 'reviewed', 'outdated']).toContain(row.translation);
    await page.close();
  });

  it('fa: a report without its kind of problem gets the error page in Persian, the text kept', async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/fa/wat-geldt-voor-mij/vragen/eu/`);
    await page.click('.ww-feedback summary');
    await page.fill('#feedback-text', 'متن من');
    await page.click('.ww-feedback button[type=submit]');
    expect(await page.getAttribute('html', 'lang')).toBe('fa');
    expect(await page.locator('.ww-error-summary a[href="#feedback-category"]').count()).toBe(1);
    expect(await page.inputValue('#feedback-text')).toBe('متن من');
    expect(await axeOf(page, { sameHtml: true })).toEqual([]);
    expect(await rows()).toEqual([]);
    // The way back leads to the page the reader came from.
    await page.click('main p:last-of-type a');
    expect(new URL(page.url()).pathname).toBe('/fa/wat-geldt-voor-mij/vragen/eu/');
    await page.close();
  });

  it('is on explainers, the glossary and checker results; not on the home page or the form pages', async () => {
    const page = await context.newPage();
    const has = async (path: string) => {
      await page.goto(`${app.url}${path}`);
      return page.locator('.ww-feedback').count();
    };
    expect(await has('/nl/begrippen/')).toBe(1);
    expect(await has('/ti/wat-geldt-voor-mij/vragen/eu/')).toBe(1);
    expect(await has('/nl/')).toBe(0);
    expect(await has('/nl/stel-je-vraag/')).toBe(0);
    await page.close();
  });
});
