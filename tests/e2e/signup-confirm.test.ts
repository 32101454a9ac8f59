/**
 * The confirmation of a sign-up in Chromium (issue 16): the link from the mail (caught by a real
 * SMTP server) opens a page that changes nothing by itself; its button confirms, without
 * JavaScript; every language, right-to-left where it is; axe 0 and no sideways scrolling at 320 px
 * on the three states (ask, done, not valid) in all six languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { LOCALES } from '../../src/i18n/locales.ts';
import { launchBrowser } from '../../support/browser.ts';
import { startApp, type App } from '../../support/app.ts';
import { validSignup } from '../../support/requests.ts';
import { tokenOf } from '../../support/signup-flow.ts';
import { axeViolations, sidewaysScroll } from '../support/a11y-checks.ts';

let app: App;
let browser: Browser;
beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

let keys = 0;

/** Signs up through the endpoint as the island would, and returns the link from the mail. */
async function signUp(locale: string, email: string): Promise<string> {
  const before = app.mail.mails.length;
  const response = await fetch(`${app.url}/api/expert-signups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-${locale}-${(keys += 1)}-key` },
    body: JSON.stringify({ ...validSignup, email, locale }),
  });
  expect(response.status).toBe(201);
  const [mail] = (await app.mail.waitFor(before + 1)).slice(before);
  return `${app.url}/${locale}/expertpool/bevestigen/${tokenOf(mail!)}/`;
}

describe('confirming a sign-up', () => {
  it('Tigrinya, without JavaScript: the link shows a button; only the button confirms', async () => {
    const link = await signUp('ti', 'selam@example.org');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(link);
    expect(await page.getAttribute('html', 'lang')).toBe('ti');
    expect(await page.locator('h1').innerText()).toBe('ምዝገባኹም ኣረጋግጹ');
    expect((await app.db.pool.query('SELECT 1 FROM expert_signups')).rows).toHaveLength(0);
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/ti\/expertpool\/bevestigd\/\?ref=E-/);
    const reference = await page.locator('.ww-reference').innerText();
    const { rows } = await app.db.pool.query('SELECT reference, confirmed_at FROM expert_signups');
    expect(rows).toEqual([{ reference, confirmed_at: expect.any(Date) }]);
    // The link again: it says it is done.
    await page.goto(link);
    expect(await page.locator('.ww-reference').innerText()).toBe(reference);
    await context.close();
  });

  it('Dutch, with JavaScript: a known address confirms new details, keeping its reference', async () => {
    const { rows } = await app.db.pool.query(
      "SELECT reference FROM expert_signups WHERE email = 'selam@example.org'",
    );
    const link = await signUp('nl', ' Selam@Example.org');
    const page = await browser.newPage();
    await page.goto(link);
    expect(await page.locator('main').innerText()).toContain('Je bent al aangemeld.');
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/nl\/expertpool\/bevestigd\//);
    expect(await page.locator('.ww-reference').innerText()).toBe(rows[0].reference);
    expect((await app.db.pool.query('SELECT locale FROM expert_signups')).rows).toEqual([{ locale: 'nl' }]);
    await page.close();
  });

  it('every language: the three pages pass axe and reflow at 320 px', async () => {
    // axe runs as a script in the page; the pages themselves have none (test 1 is without JavaScript).
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const check = async (state: string) => {
      for (const v of await axeViolations(page)) problems.push(`${page.url()} (${state}): ${v}`);
      const overflow = await sidewaysScroll(page);
      if (overflow > 0) problems.push(`${page.url()} (${state}): scrolls ${overflow}px sideways`);
    };
    for (const { code, dir } of LOCALES) {
      await page.goto(await signUp(code, `a11y-${code}@example.org`));
      expect(await page.getAttribute('html', 'dir')).toBe(dir);
      await check('ask');
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/expertpool\/bevestigd\//);
      await check('done');
      const invalid = await page.goto(`${app.url}/${code}/expertpool/bevestigen/${'x'.repeat(43)}/`);
      expect(invalid?.status()).toBe(404);
      await check('not valid');
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
