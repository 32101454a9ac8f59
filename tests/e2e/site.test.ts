/**
 * The built site in Debian's Chromium, served with Netlify's headers and 404 rules
 * (support/site-server.ts). Run after `npm run build`. Screenshots (scripts, the breadcrumb at
 * 390 and 1280 px in nl and ar) are kept in test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.ts';
import { startSiteServer, type SiteServer } from '../../support/site-server.ts';
import { watchedContext } from '../support/pages.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

const EXPLAINER = 'wat-is-de-wet-inburgering';
let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('languages', () => {
  it.each(LOCALES.map((l) => [l.code, l.dir]))(
    "the %s home page has lang=%s's code and dir",
    async (code, dir) => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/${code}/`);
      expect(await page.getAttribute('html', 'lang')).toBe(code);
      expect(await page.getAttribute('html', 'dir')).toBe(dir);
      await page.close();
    },
  );

  it('the chooser names every language in its own script and links to its home', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    for (const locale of LOCALES) {
      const link = page.locator(`li[lang="${locale.code}"] a`);
      expect(await link.getAttribute('href')).toBe(`/${locale.code}/`);
      expect(await link.innerText()).toContain(locale.endonym);
    }
    await page.close();
  });

  it('the switcher leads to the same page in the other language', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/nl/${EXPLAINER}/`);
    await page.click('.ww-langs a[lang="ar"]');
    await page.waitForURL(`${server.url}/ar/${EXPLAINER}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await page.click('.ww-langs a[lang="en"]');
    await page.waitForURL(`${server.url}/en/${EXPLAINER}/`);
    expect(await page.locator('h1').innerText()).toBe('What is the new Civic Integration Act?');
    await page.close();
  });

  it('answers an unknown URL with 404 and the page in that language', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/fa/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('fa');
    expect(await page.locator('h1').innerText()).toBe('این صفحه وجود ندارد');
    await page.close();
  });
});

describe('keyboard and small screens', () => {
  it('the skip link is the first focus stop and moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/nl/${EXPLAINER}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('utrecht-skip-link');
    expect(await page.locator('.utrecht-skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/ti/`);
    await page.click('.ww-langs a[lang="tr"]');
    await page.waitForURL(`${server.url}/tr/`);
    expect(await page.locator('h1').innerText()).toBeTruthy();
    await context.close();
  });
});

describe('breadcrumb', () => {
  const PAGE = 'boetes'; // a page in a section: Start › Geld, termijn en regels › this page
  const shots = (name: string) => `test-results/screenshots/${name}.png`;
  /** The turn of each separator (the chevron before every item but the first), by its rotation's sine. */
  const turns = (page: Page) =>
    page.$$eval('.ww-breadcrumb li + li', (items) =>
      items.map((li) => Math.sign(new DOMMatrix(getComputedStyle(li, '::before').transform).b)),
    );

  it.each(['nl', 'ar'])(
    '%s at 1280 px: one line, every step, separators pointing the reading way',
    async (lang) => {
      mkdirSync('test-results/screenshots', { recursive: true });
      const page = await browser.newPage({ viewport: { width: 1280, height: 600 } });
      await page.goto(`${server.url}/${lang}/${PAGE}/`);
      const items = page.locator('.ww-breadcrumb li');
      expect(await items.count()).toBe(3);
      // One line: every step's middle at the same height (links are taller than the current page's name).
      const middles = await items.evaluateAll((lis) =>
        lis.map((li) => li.getBoundingClientRect()).map((r) => r.top + r.height / 2),
      );
      expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(2);
      expect(
        await page.locator('.ww-breadcrumb ol').evaluate((ol) => getComputedStyle(ol).listStyleType),
      ).toBe('none');
      // Clockwise (pointing right) in Dutch, counter-clockwise (pointing left) in Arabic.
      expect(await turns(page)).toEqual(lang === 'ar' ? [-1, -1] : [1, 1]);
      await page.locator('.ww-breadcrumb').screenshot({ path: shots(`breadcrumb-${lang}-1280`) });
      await page.screenshot({ path: shots(`breadcrumb-page-${lang}-1280`) });
      await page.close();
    },
  );

  it.each(['nl', 'ar'])('%s at 390 px: only the way up, on one line', async (lang) => {
    mkdirSync('test-results/screenshots', { recursive: true });
    const page = await browser.newPage({ viewport: { width: 390, height: 700 } });
    await page.goto(`${server.url}/${lang}/${PAGE}/`);
    const visible = page.locator('.ww-breadcrumb li:visible');
    expect(await visible.count()).toBe(1);
    expect(await visible.locator('a').getAttribute('href')).toBe(`/${lang}/#money`);
    const nav = await page.locator('.ww-breadcrumb').boundingBox();
    expect(nav!.height).toBeLessThan(60);
    await page.screenshot({ path: shots(`breadcrumb-${lang}-390`) });
    await page.close();
  });
});

describe('scripts', () => {
  it('renders Arabic, Persian and Ethiopic script (screenshots kept in test-results/screenshots)', async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    const { context, log } = await watchedContext(browser, server.url, {
      viewport: { width: 360, height: 800 },
    });
    for (const code of ['ar', 'fa', 'ti']) {
      const page = await context.newPage();
      await page.goto(`${server.url}/${code}/`);
      await page.screenshot({ path: `test-results/screenshots/home-${code}-360.png`, fullPage: true });
      await page.close();
    }
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await context.close();
  });
});
