/**
 * "Wat geldt voor mij?" walked with the keyboard only, JavaScript off, in Dutch and Arabic, for
 * four personas; and the deadline calculator with JavaScript on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.ts';
import { startSiteServer, type SiteServer } from '../../support/site-server.ts';

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

/** Tabs forward until the focused link goes to `hrefEnd`, then presses Enter. */
async function follow(page: Page, hrefEnd: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(
      () => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '',
    );
    if (href.endsWith(hrefEnd)) {
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname.endsWith(hrefEnd));
      return;
    }
  }
  throw new Error(`No link to …${hrefEnd} reachable with Tab on ${page.url()}`);
}

const PERSONAS: Array<{ who: string; answers: string[]; heading: Record<string, RegExp> }> = [
  {
    who: 'a Syrian status holder under the new law',
    answers: ['buiten-eu', 'asiel', '18-tot-aow', 'nee', 'vanaf-2022'],
    heading: { nl: /nieuwe wet/, ar: /.+/ },
  },
  {
    who: 'a family migrant under the old law',
    answers: ['buiten-eu', 'gezinsmigrant', '18-tot-aow', 'nee', 'voor-2022', 'nee', '18-of-ouder'],
    heading: { nl: /oude wet/, ar: /.+/ },
  },
  {
    who: 'a Turkish status holder decided before 1 May 2020',
    answers: ['buiten-eu', 'asiel', '18-tot-aow', 'nee', 'voor-2022', 'ja', 'voor-mei-2020'],
    heading: { nl: /niet in te burgeren/, ar: /.+/ },
  },
  { who: 'an EU citizen', answers: ['eu'], heading: { nl: /niet in te burgeren/, ar: /.+/ } },
];

describe.each(['nl', 'ar'])('checker in %s, keyboard only, without JavaScript', (lang) => {
  it.each(PERSONAS)('$who', async ({ answers, heading }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/${lang}/wat-geldt-voor-mij/`);
    await follow(page, `/${lang}/wat-geldt-voor-mij/vragen/`);
    for (let i = 0; i < answers.length; i++) {
      expect(await page.locator('.ww-progress').innerText()).toMatch(new RegExp(`${i + 1}`));
      await follow(page, `/${answers.slice(0, i + 1).join('/')}/`);
    }
    expect(page.url()).toBe(`${server.url}/${lang}/wat-geldt-voor-mij/vragen/${answers.join('/')}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('h1').innerText()).toMatch(heading[lang]!);
    // Every answer given is listed with a link to change it, and "Stel je vraag" is offered.
    expect(await page.locator('.ww-given__row').count()).toBe(answers.length);
    expect(await page.locator(`a[href="/${lang}/stel-je-vraag/"]`).count()).toBeGreaterThan(0);
    // Without JavaScript the calculator stays hidden; the rule is in the text.
    expect(
      await page
        .locator('[data-deadline-calculator]')
        .isVisible()
        .catch(() => false),
    ).toBe(false);
    await context.close();
  });
});

describe('deadline calculator (with JavaScript)', () => {
  it('shows the end of the term and when extra time can be asked', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/nl/wat-geldt-voor-mij/vragen/buiten-eu/asiel/18-tot-aow/nee/vanaf-2022/`);
    await page.locator('[data-deadline-calculator]').waitFor({ state: 'visible' });
    await page.fill('#pip-date', '2024-03-15');
    await page.click('.ww-calc__button');
    const out = await page.locator('.ww-calc__out').innerText();
    expect(out).toContain('15 maart 2027');
    expect(out).toContain('16 september 2026');
    await page.close();
  });
});
