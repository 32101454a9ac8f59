/**
 * The expert-pool sign-up in Chromium, in Dutch and Tigrinya, with JavaScript on and off: it waits
 * for its confirmation by e-mail (the link's page: signup-confirm.test.ts); a second sign-up with
 * the same address is answered like any other and changes nothing yet.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.ts';
import { startApp, type App } from '../../support/app.ts';

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
beforeEach(async () => {
  await app.db.pool.query('DELETE FROM signup_confirmations');
  await app.db.pool.query('DELETE FROM expert_signups');
});
/** Sign-ups waiting for their confirmation: what was sent, and its reference. */
const rows = async () =>
  (await app.db.pool.query('SELECT reference, record FROM signup_confirmations ORDER BY id')).rows.map(
    (r) => ({ reference: r.reference, ...r.record }),
  );

async function fill(page: Page, email: string, options: { filter?: boolean } = {}) {
  await page.fill('#signup-name', 'ሰላም ተስፋይ');
  await page.fill('#signup-email', email);
  if (options.filter) {
    await page.fill('#signup-municipality-filter', 'gron');
    expect(await page.locator('#signup-municipality option:not([hidden])').count()).toBeLessThan(10);
  }
  await page.selectOption('#signup-municipality', 'GM0014');
  await page.fill('#signup-arrivalYear', '2016');
  await page.check('#signup-languages-ti');
  await page.check('#signup-languages-nl');
  await page.fill('#signup-languages-other', 'Bilen');
  await page.check('#signup-experience-new_law');
  await page.check('#signup-availability-online');
  await page.check('#signup-availability-evenings');
  await page.check('#signup-adult-yes');
  await page.check('#signup-consent-yes');
}

describe('expert pool sign-up', () => {
  it('Tigrinya, with JavaScript: signs up, searches the municipality list, shows the reference', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/ti/expertpool/`);
    await page.waitForFunction(() => document.querySelector('form.ww-form')?.hasAttribute('data-enhanced'));
    await page.waitForTimeout(3_100);
    await fill(page, 'selam@example.org', { filter: true });
    await page.click('form.ww-form button[type=submit]');
    await page.waitForURL(/\/ti\/expertpool\/bedankt\/\?ref=E-/);
    expect(await page.getAttribute('html', 'lang')).toBe('ti');
    const reference = await page.locator('.ww-reference').innerText();
    expect((await rows())[0]).toMatchObject({
      reference,
      name: 'ሰላም ተስፋይ',
      languages: ['ti', 'nl', 'Bilen'],
      province: 'Groningen',
      status: 'new',
      locale: 'ti',
    });
    await context.close();
  });

  it('Dutch, without JavaScript: signs up and is asked to confirm; the same e-mail again is answered alike', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/nl/expertpool/`);
    await fill(page, 'selam@example.org');
    await page.click('form.ww-form button[type=submit]');
    await page.waitForURL(/\/nl\/expertpool\/bedankt\/\?ref=E-/);
    expect(await page.locator('h1').innerText()).toBe('Kijk in je e-mail');
    const reference = await page.locator('.ww-reference').innerText();
    await page.goto(`${app.url}/nl/expertpool/`);
    await fill(page, 'Selam@Example.org');
    await page.check('#signup-availability-weekends');
    await page.click('form.ww-form button[type=submit]');
    await page.waitForURL(/\/nl\/expertpool\/bedankt\/\?ref=E-/);
    expect(page.url()).not.toContain('updated');
    expect(await page.locator('h1').innerText()).toBe('Kijk in je e-mail');
    expect(await page.locator('.ww-reference').innerText()).not.toBe(reference);
    const all = await rows();
    expect(all).toHaveLength(2);
    expect(all[1].availability).toEqual(['online', 'evenings', 'weekends']);
    expect((await app.db.pool.query('SELECT 1 FROM expert_signups')).rows).toHaveLength(0);
    await context.close();
  });

  it('Tigrinya, without JavaScript: an error page that keeps the checked boxes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/ti/expertpool/`);
    await fill(page, 'selam@example.org');
    await page.uncheck('#signup-adult-yes');
    // The browser checks required fields first; the adult box is not `required` in HTML, so the server answers.
    await page.click('form.ww-form button[type=submit]');
    await page.locator('.ww-error-summary').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ti');
    expect(await page.isChecked('#signup-languages-ti')).toBe(true);
    expect(await page.inputValue('#signup-languages-other')).toBe('Bilen');
    expect(await rows()).toHaveLength(0);
    await context.close();
  });
});
