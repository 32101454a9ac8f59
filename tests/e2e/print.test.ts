/**
 * Printing (src/styles/print.css): a Dutch and an Arabic explainer rendered to A4 PDF by Chromium
 * (page.pdf, print media), read back with poppler's pdftotext. Nothing of the content is cut —
 * every word of the Dutch page, and for Arabic every Latin word and number and (nearly) every
 * letter, since pdftotext writes some Arabic ligatures in another order —, the sources' addresses
 * are written out, "last checked" and the page's own address are there; no navigation, language
 * switcher, search or forms; the Arabic lines run right to left; at most 3 pages. The PDFs stay in
 * test-results/print/ and their page counts are printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.ts';
import { startSiteServer, type SiteServer } from '../../support/site-server.ts';

let server: SiteServer;
let browser: Browser;
let page: Page;
const OUT = 'test-results/print';

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launchBrowser();
  page = await browser.newPage();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const normal = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ');
const words = (text: string, pattern: RegExp) => new Set(normal(text).match(pattern) ?? []);

interface Printed {
  pages: number;
  text: string;
  /** Lines as pdftotext writes them: a right-to-left line starts with U+202B (RLE). */
  rawLines: string[];
  /** The words on the line of the biggest type on page 1 (the title), with where they sit (points from the left). */
  title: Array<{ min: number; max: number }>;
  width: number;
}

async function print(lang: string, slug: string): Promise<Printed> {
  await page.goto(`${server.url}/${lang}/${slug}/`);
  const file = `${OUT}/${lang}-${slug}.pdf`;
  await page.pdf({ path: file, format: 'A4' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const boxes = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', file, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const words = [
    ...boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g),
  ].map((m) => ({
    min: Number(m[1]),
    max: Number(m[3]),
    bottom: Number(m[4]),
    height: Number(m[4]) - Number(m[2]),
  }));
  const biggest = words.reduce((a, b) => (b.height > a.height ? b : a));
  const raw = execFileSync('pdftotext', [file, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    text: normal(raw),
    rawLines: raw.split('\n').filter((l) => l.trim()),
    title: words.filter((w) => Math.abs(w.bottom - biggest.bottom) < 4),
    width: Number(/page width="([\d.]+)"/.exec(boxes)?.[1]),
  };
}

/** What print media shows of the article, and the sources' addresses. */
async function printedContent() {
  await page.emulateMedia({ media: 'print' });
  const content = await page.evaluate(() => ({
    text: (document.querySelector('.ww-article') as HTMLElement).innerText,
    sources: [...document.querySelectorAll('.ww-sources a')].map((a) => a.getAttribute('href') ?? ''),
    direction: getComputedStyle(document.documentElement).direction,
  }));
  await page.emulateMedia({ media: null });
  return content;
}

function commonChecks(printed: Printed, sources: string[], lang: string, slug: string) {
  // pdftotext joins a word broken at a hyphen at the end of a line: compare without either. In
  // right-to-left text an address broken over two lines comes out in pieces: its end must be there.
  const compact = (text: string) => text.replace(/[\s-]/g, '');
  for (const url of sources)
    expect(compact(printed.text)).toContain(
      compact(lang === 'ar' ? url.split('/').filter(Boolean).pop()! : url),
    );
  expect(printed.text.replace(/\s/g, '')).toContain(`/${lang}/${slug}/`);
  expect(printed.pages).toBeLessThanOrEqual(3);
  for (const absent of ['Türkçe', 'English', 'Nederlands'])
    expect(printed.text, `${absent} (language switcher)`).not.toContain(absent);
}

describe('an explainer printed to PDF', () => {
  const counts: string[] = [];
  afterAll(() => console.log(`Printed (A4): ${counts.join(', ')}`));

  it('nl: every word there, no navigation, search or forms, left to right, at most 3 pages', async () => {
    const printed = await print('nl', 'pip');
    const content = await printedContent();
    counts.push(`nl/pip ${printed.pages} pages`);
    const missing = [...words(content.text, /[\p{L}\d]+/gu)].filter((w) => !printed.text.includes(w));
    expect(missing).toEqual([]);
    expect(printed.text).toContain('In het kort');
    expect(printed.text).toContain('Laatst gecontroleerd op');
    for (const absent of ['Is deze pagina nuttig', 'Er klopt iets niet', 'Zoek op deze site', 'Alle talen'])
      expect(printed.text).not.toContain(absent);
    commonChecks(printed, content.sources, 'nl', 'pip');
    // The title starts at the left margin; no line is marked right to left.
    expect(Math.min(...printed.title.map((w) => w.min))).toBeLessThan(60);
    expect(Math.max(...printed.title.map((w) => w.max))).toBeLessThan(printed.width / 2);
    expect(printed.rawLines.filter((l) => l.startsWith('\u202b'))).toEqual([]);
  });

  it('ar: Latin words, numbers and the letters all there, right to left, at most 3 pages', async () => {
    const printed = await print('ar', 'pip');
    const content = await printedContent();
    counts.push(`ar/pip ${printed.pages} pages`);
    expect(content.direction).toBe('rtl');
    const latin = [...words(content.text, /[A-Za-z\d]+/g)].filter((w) => !printed.text.includes(w));
    expect(latin).toEqual([]);
    const letters = (text: string) => (normal(text).match(/[\u0621-\u064A]/g) ?? []).length;
    expect(letters(printed.text) / letters(content.text)).toBeGreaterThan(0.97);
    expect(printed.text).toContain('باختصار');
    for (const absent of ['هل هذه الصفحة مفيدة', 'ابحث في هذا الموقع', 'كل اللغات'])
      expect(printed.text).not.toContain(absent);
    commonChecks(printed, content.sources, 'ar', 'pip');
    // The title ends at the right margin; most lines are marked right to left.
    expect(Math.max(...printed.title.map((w) => w.max))).toBeGreaterThan(printed.width - 60);
    expect(Math.min(...printed.title.map((w) => w.min))).toBeGreaterThan(printed.width / 2);
    const rtl = printed.rawLines.filter((l) => l.startsWith('\u202b')).length;
    expect(rtl / printed.rawLines.length).toBeGreaterThan(0.6);
  });
});
