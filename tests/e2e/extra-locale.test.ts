/**
 * Adding a language is one entry in src/i18n/locales.ts, one interface-strings file and its home
 * page: this builds a copy of the project with Somali added that way — no glossary, no checker
 * texts, no other page — and checks the result (README.md, "Adding a language").
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../support/project-copy.ts';
import { launchBrowser } from '../../support/browser.ts';
import { startSiteServer } from '../../support/site-server.ts';

let copy: ProjectCopy;
let build: { code: number; output: string };

beforeAll(async () => {
  copy = copyProject();
  const localesFile = copy.path('src/i18n/locales.ts');
  const locales = readFileSync(localesFile, 'utf8');
  writeFileSync(
    localesFile,
    locales.replace(
      /(export const LOCALES[^=]*= \[[\s\S]*?)(\n\];)/,
      `$1\n  { code: 'so', endonym: 'Soomaali', englishName: 'Somali', dir: 'ltr' },$2`,
    ),
  );
  // Its interface strings: every key of en.json, "translated" (a string left in English stops the build).
  const ui = JSON.parse(readFileSync(copy.path('content/ui/en.json'), 'utf8')) as Record<string, string>;
  const translated = Object.fromEntries(Object.entries(ui).map(([key, text]) => [key, `(so) ${text}`]));
  writeFileSync(
    copy.path('content/ui/so.json'),
    JSON.stringify({ ...translated, 'chooser.read': 'Ku akhri Soomaali' }, null, 2),
  );
  mkdirSync(copy.path('content/pages/so'), { recursive: true });
  writeFileSync(
    copy.path('content/pages/so/index.mdx'),
    `---\ntitle: Wegwijzer Inburgering\ndescription: Sharciga is-dhexgalka oo si fudud loo sharxay.\nsection: start\norder: 0\nsources:\n  - title: Inburgeren.nl\n    url: https://www.inburgeren.nl/\nlastChecked: 2026-11-28\ntranslation: machine\nsourceHash: "000000000000"\n---\n\nKu soo dhowow.\n`,
  );
  build = await copy.run('npx', ['astro', 'build']);
}, 300_000);

afterAll(() => copy?.remove());

describe('a sixth… seventh language', () => {
  it('builds without any other change', () => {
    expect(build.code, build.output.slice(-2000)).toBe(0);
  });

  it('has its own home page with lang and dir, and is in the chooser, the switcher, the 404 rules and the sitemap', () => {
    const home = readFileSync(copy.path('dist/so/index.html'), 'utf8');
    expect(home).toContain('<html lang="so" dir="ltr"');
    expect(home).toContain('Ku soo dhowow.');
    expect(readFileSync(copy.path('dist/index.html'), 'utf8')).toContain('Ku akhri Soomaali');
    expect(readFileSync(copy.path('dist/nl/index.html'), 'utf8')).toContain('hreflang="so"');
    expect(readFileSync(copy.path('dist/_redirects'), 'utf8')).toContain('/so/*  /so/404/index.html  404');
    expect(readFileSync(copy.path('dist/sitemap-0.xml'), 'utf8')).toContain('/so/');
    expect(existsSync(copy.path('dist/so/404/index.html'))).toBe(true);
  });

  it('shows the glossary and the checker from the fallback language, marked as such', () => {
    const glossary = readFileSync(copy.path('dist/so/begrippen/index.html'), 'utf8');
    expect(glossary).toMatch(/class="ww-glossary__item"[^>]* lang="en" dir="ltr"/);
    const question = readFileSync(copy.path('dist/so/wat-geldt-voor-mij/vragen/index.html'), 'utf8');
    expect(question).toMatch(/<div[^>]* lang="en" dir="ltr"[^>]*>\s*<h1\b/);
  });

  it("gets every other page as a fallback: in the browser, a notice in the reader's language, the content's own lang and dir, a canonical link", async () => {
    const server = await startSiteServer({ dist: copy.path('dist') });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/so/wat-is-de-wet-inburgering/`);
      expect(await page.getAttribute('html', 'lang')).toBe('so');
      const notice = page.locator('[data-notice="fallback"]');
      expect(await notice.isVisible()).toBe(true);
      expect(await page.getAttribute('article', 'lang')).toBe('en');
      expect(await page.getAttribute('article', 'dir')).toBe('ltr');
      expect(await page.getAttribute('link[rel=canonical]', 'href')).toMatch(
        /\/en\/wat-is-de-wet-inburgering\/$/,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
