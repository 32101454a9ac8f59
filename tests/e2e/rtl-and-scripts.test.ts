/**
 * Right-to-left and non-Latin scripts: an explainer and the question form in Arabic, Farsi/Dari
 * and Tigrinya, screenshotted at 360 and 1280 CSS px (kept in test-results/screenshots, not
 * compared), with checks that direction, mirroring, mixed-script order, the error summary,
 * amounts and dates from content/facts (Latin digits, the language's own separators) and Ethiopic
 * glyphs are right.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { sidewaysScroll } from '../support/a11y-checks.ts';
import { launchBrowser } from '../../support/browser.ts';
import { startApp, type App } from '../../support/app.ts';
import { newReference } from '../../src/server/reference.ts';

const SHOTS = 'test-results/screenshots';
let app: App;
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await startApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(path: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${app.url}${path}`);
  return page;
}

describe.each([
  ['ar', 'rtl'],
  ['fa', 'rtl'],
  ['ti', 'ltr'],
])('%s', (lang, dir) => {
  it.each([360, 1280])(
    'explainer and form at %i px: direction, no sideways scroll, screenshots',
    async (width) => {
      for (const [name, path] of [
        ['explainer', `/${lang}/de-stappen/`],
        ['form', `/${lang}/stel-je-vraag/`],
      ] as const) {
        const page = await open(path, width);
        expect(await page.getAttribute('html', 'dir')).toBe(dir);
        expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SHOTS}/${name}-${lang}-${width}.png`, fullPage: true });
        await page.close();
      }
    },
  );

  it('has no sideways scroll at 320 px', async () => {
    const page = await open(`/${lang}/de-stappen/`, 320);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it(`the layout mirrors: the site name and the step list start on the ${dir === 'rtl' ? 'right' : 'left'}`, async () => {
    const page = await open(`/${lang}/de-stappen/`, 1280);
    const layout = await page.evaluate(() => {
      const container = document.querySelector('.ww-header__inner')!.getBoundingClientRect();
      const name = document.querySelector('.ww-header__name')!.getBoundingClientRect();
      const step = document.querySelector('.ww-steps li')!;
      const style = getComputedStyle(step);
      return {
        nameAtRight: Math.abs(container.right - name.right) < Math.abs(name.left - container.left),
        numberSide: parseFloat(style.paddingRight) > parseFloat(style.paddingLeft) ? 'right' : 'left',
      };
    });
    expect(layout.nameAtRight).toBe(dir === 'rtl');
    expect(layout.numberSide).toBe(dir === 'rtl' ? 'right' : 'left');
    await page.close();
  });

  it("the question form's error summary reads in the page's direction", async () => {
    const page = await open(`/${lang}/stel-je-vraag/`, 390);
    await page.waitForFunction(() => document.querySelector('form.ww-form')?.hasAttribute('data-enhanced'));
    await page.click('form.ww-form button[type=submit]');
    const summary = page.locator('.ww-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => getComputedStyle(el).direction)).toBe(dir);
    expect(await summary.locator('a').first().innerText()).not.toMatch(/[A-Za-z]{6,}/);
    await page.screenshot({ path: `${SHOTS}/form-errors-${lang}-390.png`, fullPage: true });
    await page.close();
  });
});

describe('mixed scripts in right-to-left text', () => {
  it.each(['ar', 'fa'])(
    '%s: Latin terms and references sit in <bdi> or dir=auto/ltr, so their order survives',
    async (lang) => {
      const page = await open(`/${lang}/pip/`, 1280);
      const loose = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          // A Latin word next to right-to-left letters in the same text node, with no isolation around it.
          if (!/[\u0600-\u06ff]/.test(text) || !/[A-Za-z]{2,}/.test(text)) continue;
          if ((node.parentElement as HTMLElement).closest('bdi, [dir]:not(html):not(article)')) continue;
          found.push(text.trim().slice(0, 80));
        }
        return found;
      });
      expect(loose).toEqual([]);
      await page.close();
    },
  );

  it('the reference on the Arabic thank-you page keeps its order', async () => {
    const reference = newReference('V');
    const page = await open(`/ar/stel-je-vraag/bedankt/?ref=${reference}`, 360);
    expect(await page.locator('.ww-reference bdi').innerText()).toBe(reference);
    expect(await page.locator('.ww-reference').getAttribute('dir')).toBe('ltr');
    await page.close();
  });
});

describe('amounts and dates from content/facts', () => {
  // The same fine in each language's own format: never "1.250" in Arabic or Persian, where the dot is a decimal point.
  it.each([
    ['ar', 'تصل الغرامة إلى 1,250 €.', 'في 4 فبراير 2025'],
    ['fa', 'تا € 1,250 (', 'در 4 فوریه (فبروری) 2025'],
    ['ti', 'ክሳብ €1,250 ክበጽሕ', 'ብለካቲት 4, 2025'],
  ])('%s: the fines page writes "%s" and "%s" with Latin digits', async (lang, amount, date) => {
    const page = await open(`/${lang}/boetes/`, 360);
    const article = page.locator('article');
    const text = (await article.innerText()).replace(/[\u200e\u200f]/g, '').replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain(amount);
    expect(text).toContain(date);
    expect(text).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
    expect(text).not.toContain('1.250');
    if (lang !== 'ti') {
      // In right-to-left text each value is isolated, so its direction marks cannot reorder the words around it.
      expect(await article.locator('bdi', { hasText: '1,250' }).count()).toBe(1);
    }
    // The sources of the facts the page uses join its own.
    expect(await page.locator('.ww-sources a[href*="europese-hof-doet-uitspraak"]').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/amounts-${lang}-360.png`, fullPage: true });
    await page.close();
  });
});

describe('Tigrinya', () => {
  it('renders in Ethiopic script, not as boxes', async () => {
    const page = await open('/ti/', 360);
    const distinct = await page.evaluate(() => {
      const font = getComputedStyle(document.body).font;
      const draw = (text: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = 64;
        canvas.height = 64;
        const ctx = canvas.getContext('2d')!;
        ctx.font = font.replace(/\d+(\.\d+)?px/, '40px');
        ctx.fillText(text, 4, 48);
        return Array.from(ctx.getImageData(0, 0, 64, 64).data).join(',');
      };
      // Missing glyphs all draw the same box; real ones differ from each other.
      const glyphs = ['ት', 'ግ', 'ር', 'ኛ'].map(draw);
      return new Set(glyphs).size;
    });
    expect(distinct).toBe(4);
    await page.close();
  });
});
