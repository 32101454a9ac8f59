/**
 * Search in Chromium, through the real Pagefind index and pagefind.js on the built site served with
 * netlify.toml's headers (the search page's Content-Security-Policy allows WebAssembly; no other
 * page's does). Per language: words readers bring from a letter — the word in their language, the
 * Dutch term, a misspelling, a glossary alias, the checker's question — each with the page expected
 * among the first three results. Then the header's search box, the keyboard, axe with results
 * shown, the page without JavaScript, and what a first search costs (printed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/a11y-checks.ts';
import { watchedContext, type VisitLog } from '../support/pages.ts';
import { launchBrowser } from '../../support/browser.ts';
import { startSiteServer, type SiteServer } from '../../support/site-server.ts';

let server: SiteServer;
let browser: Browser;
let page: Page;
let log: VisitLog;

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launchBrowser();
  const watched = await watchedContext(browser, server.url);
  log = watched.log;
  page = await watched.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Searches on the search page and returns the result links, best first. */
async function search(lang: string, query: string): Promise<string[]> {
  await page.goto(`${server.url}/${lang}/zoeken/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.getElementById('search-status')?.querySelector('bdi'));
  return page.$$eval('#search-results h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

// [query, the page that must be among the first three, what the query is]
const QUERIES: Record<string, Array<[string, string, string]>> = {
  nl: [
    ['boete', 'boetes', 'word'],
    ['brede intake', 'brede-intake', 'Dutch term'],
    ['leening', 'lening-van-duo', 'misspelling'],
    ['inburgeringsplichtig', 'begrippen', 'glossary alias'],
    ['moet ik inburgeren', 'wat-geldt-voor-mij', 'checker'],
    ['geldt de wet voor mij', 'wat-geldt-voor-mij', 'checker'],
  ],
  en: [
    ['fine', 'boetes', 'word'],
    ['brede intake', 'brede-intake', 'Dutch term'],
    ['PIP', 'pip', 'Dutch term'],
    ['loann', 'lening-van-duo', 'misspelling'],
    ['learning routes', 'leerroutes', 'glossary alias'],
    ['moet ik inburgeren', 'wat-geldt-voor-mij', 'checker'],
  ],
  ar: [
    ['غرامة', 'boetes', 'word'],
    ['brede intake', 'brede-intake', 'Dutch term'],
    ['PIP', 'pip', 'Dutch term'],
    ['الغرامه', 'boetes', 'misspelling'],
    ['المقابلة الأولى', 'begrippen', 'glossary alias'],
    ['moet ik inburgeren', 'wat-geldt-voor-mij', 'checker'],
  ],
  fa: [
    ['جریمه', 'boetes', 'word'],
    ['brede intake', 'brede-intake', 'Dutch term'],
    ['جريمه', 'boetes', 'misspelling (Arabic keyboard)'],
    ['شاروالی', 'begrippen', 'glossary alias (Dari)'],
    ['moet ik inburgeren', 'wat-geldt-voor-mij', 'checker'],
  ],
  ti: [
    ['መቕጻዕቲ', 'boetes', 'word'],
    ['brede intake', 'brede-intake', 'Dutch term'],
    ['መቕጻዒ', 'boetes', 'misspelling'],
    ['ውልቃዊ መደብ', 'pip', 'glossary alias'],
    ['moet ik inburgeren', 'wat-geldt-voor-mij', 'checker'],
  ],
  tr: [
    ['para cezası', 'boetes', 'word'],
    ['brede intake', 'brede-intake', 'Dutch term'],
    ['para cezasi', 'boetes', 'misspelling (no ı)'],
    ['kişisel plan', 'pip', 'glossary alias'],
    ['moet ik inburgeren', 'wat-geldt-voor-mij', 'checker'],
  ],
};

describe('finds the page in the first three results', () => {
  for (const [lang, queries] of Object.entries(QUERIES)) {
    it(`${lang}: ${queries.map(([q, , kind]) => `${kind} "${q}"`).join(', ')}`, async () => {
      const misses: string[] = [];
      for (const [query, slug] of queries) {
        const top = (await search(lang, query)).slice(0, 3);
        if (!top.includes(`/${lang}/${slug}/`)) misses.push(`"${query}" → ${top.join(' ') || 'nothing'}`);
      }
      expect(misses).toEqual([]);
    });
  }
});

describe('the search page', () => {
  it('the header box of an explainer leads there, in the reader language; results by keyboard', async () => {
    await page.goto(`${server.url}/ar/pip/`);
    expect(await page.locator('script').count()).toBe(0);
    await page.focus('#ww-q');
    await page.keyboard.type('lening');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ar\/zoeken\/\?q=lening$/);
    await page.waitForSelector('#search-results li');
    expect(await page.inputValue('#q')).toBe('lening');
    expect(await page.locator('#search-status').innerText()).toMatch(/وجدنا .*lening/);
    // From the search box, Tab reaches its button, then the first result.
    await page.focus('#q');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
    const first = page.locator('#search-results li').first();
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await first.locator('p.ww-muted').innerText()).not.toBe('');
  });

  it('axe finds nothing with results shown, in nl and ar; no request leaves the site, no errors', async () => {
    for (const lang of ['nl', 'ar']) {
      await search(lang, 'brede intake');
      // The results take the place of the list of every page…
      expect(await page.locator('#search-browse').isVisible()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
    }
    await search('nl', 'qqqxyz');
    expect(await page.locator('#search-status').innerText()).toContain('Niets gevonden');
    // …which comes back when nothing is found.
    expect(await page.locator('#search-browse').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('without JavaScript: every page of the language by section, and every glossary term', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.url}/fa/zoeken/?q=boete`);
    const links = await plain.$$eval('.ww-topics a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/fa/boetes/');
    expect(links).toContain('/fa/begrippen/');
    expect(links.length).toBeGreaterThanOrEqual(20);
    expect(await plain.locator('.ww-search-terms a[href="/fa/begrippen/#brede-intake"]').count()).toBe(1);
    expect(await plain.locator('h1').innerText()).toBe('جستجو');
    await context.close();
  });

  it('costs: time to the first result and bytes fetched for a first search (printed)', async () => {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    const bytes: Record<string, number> = {};
    fresh.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/pagefind/') || path.startsWith('/_astro/'))
        bytes[path] = (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    const started = Date.now();
    await fresh.goto(`${server.url}/nl/zoeken/?q=boete`);
    await fresh.waitForSelector('#search-results li');
    const ms = Date.now() - started;
    const total = Object.values(bytes).reduce((a, b) => a + b, 0);
    console.log(
      `first search (nl "boete", uncompressed, local server): ${ms} ms to the first result, ${(total / 1024).toFixed(1)} KB fetched in ${Object.keys(bytes).length} files`,
    );
    expect(ms).toBeLessThan(5_000);
    await context.close();
  });
});
