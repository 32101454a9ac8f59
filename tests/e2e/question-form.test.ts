/**
 * "Stel hem aan ons" in Chromium against the built page and the real handler on a test database:
 * with JavaScript (nl, ar), without JavaScript, the error summary, the draft, offline. Screenshots
 * of the page a form without JavaScript gets back are kept in test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/a11y-checks.ts';
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
  await app.db.pool.query('DELETE FROM questions');
});

const rows = async () => (await app.db.pool.query('SELECT * FROM questions ORDER BY id')).rows;

async function fill(page: Page, question: string, options: { channel?: string; contact?: string } = {}) {
  await page.fill('#question-question', question);
  await page.check(`#question-channel-${options.channel ?? 'email'}`);
  await page.fill('#question-contact', options.contact ?? 'amal@example.org');
  await page.fill('#question-name', 'Amal');
  await page.selectOption('#question-municipality', 'GM0599');
  await page.check('#question-consent-yes');
}

describe('with JavaScript', () => {
  it('sends a Dutch question and shows the reference', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/nl/stel-je-vraag/`);
    await page.waitForFunction(() => document.querySelector('form.ww-form')?.hasAttribute('data-enhanced'));
    await page.waitForTimeout(3_100); // a person takes more than 3 seconds; faster is marked suspect
    await fill(page, 'Moet ik zelf een taalschool zoeken?');
    await page.click('button[type=submit]');
    await page.waitForURL(/\/nl\/stel-je-vraag\/bedankt\/\?ref=V-/);
    const reference = await page.locator('.ww-reference').innerText();
    const [row] = await rows();
    expect(row).toMatchObject({
      reference,
      question: 'Moet ik zelf een taalschool zoeken?',
      municipality: 'GM0599',
      status: 'new',
      locale: 'nl',
    });
    expect(row.idempotency_key).toBeTruthy();
    expect(await page.evaluate(() => sessionStorage.getItem('wegwijzer:draft:question'))).toBeNull();
    await context.close();
  });

  it('sends an Arabic question by WhatsApp, stored exactly as typed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/ar/stel-je-vraag/`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.waitForFunction(() => document.querySelector('form.ww-form')?.hasAttribute('data-enhanced'));
    const question = 'هل يجب أن أدفع ثمن دروس اللغة؟ أنا لاجئ وأعيش في روتردام.';
    await fill(page, question, { channel: 'whatsapp', contact: '+31 6 1234 5678' });
    expect(await page.locator('label[for=question-contact]').innerText()).not.toBe('');
    await page.click('button[type=submit]');
    await page.waitForURL(/\/ar\/stel-je-vraag\/bedankt\/\?ref=V-/);
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    const [row] = await rows();
    expect(row).toMatchObject({
      question,
      channel: 'whatsapp',
      contact: '+31 6 1234 5678',
      locale: 'ar',
      answer_language: 'ar',
    });
    await context.close();
  });

  it('puts the error summary first, focuses it, and its links move focus to the fields; axe passes', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/nl/stel-je-vraag/`);
    await page.waitForFunction(() => document.querySelector('form.ww-form')?.hasAttribute('data-enhanced'));
    await page.fill('#question-question', 'kort');
    await page.click('button[type=submit]');
    const summary = page.locator('.ww-error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ww-error-summary'))).toBe(
      true,
    );
    const links = await summary.locator('a').allInnerTexts();
    expect(links[0]).toBe('Je vraag is te kort. Gebruik minstens 10 tekens.');
    expect(links).toContain('Kies hoe je het antwoord wilt krijgen.');
    await summary.locator('a').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-question');
    await summary.locator('a', { hasText: 'Kies hoe' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-channel-email');
    expect(await page.locator('#question-question-error').innerText()).toContain('te kort');
    expect(await axeViolations(page)).toEqual([]);
    expect(await rows()).toHaveLength(0);
    await context.close();
  });

  it('keeps the draft when the page is reloaded', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/tr/stel-je-vraag/`);
    await page.waitForFunction(() => document.querySelector('form.ww-form')?.hasAttribute('data-enhanced'));
    await page.fill('#question-question', 'Kursa ne zaman başlayabilirim?');
    await page.locator('#question-question').blur();
    await page.reload();
    await page.waitForFunction(() => document.querySelector('form.ww-form')?.hasAttribute('data-enhanced'));
    await expect.poll(() => page.inputValue('#question-question')).toBe('Kursa ne zaman başlayabilirim?');
    await context.close();
  });

  it('says "not sent" when offline, keeps the text, and sends once back online', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/en/stel-je-vraag/`);
    await page.waitForFunction(() => document.querySelector('form.ww-form')?.hasAttribute('data-enhanced'));
    await fill(page, 'Can I get extra time because I was ill?');
    await context.setOffline(true);
    await page.click('button[type=submit]');
    const problem = page.locator('[data-status="offline"]');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('has not been sent yet');
    expect(await page.inputValue('#question-question')).toBe('Can I get extra time because I was ill?');
    expect(await rows()).toHaveLength(0);
    await context.setOffline(false);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/en\/stel-je-vraag\/bedankt\//);
    expect(await rows()).toHaveLength(1);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('sends the form and shows the reference on the thank-you page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/fa/stel-je-vraag/`);
    await fill(page, 'آیا باید برای کلاس زبان پول بدهم؟');
    await page.click('button[type=submit]');
    await page.waitForURL(/\/fa\/stel-je-vraag\/bedankt\/\?ref=V-/);
    const reference = await page.locator('.ww-reference').innerText();
    const [row] = await rows();
    expect(row).toMatchObject({
      reference,
      question: 'آیا باید برای کلاس زبان پول بدهم؟',
      locale: 'fa',
      idempotency_key: null,
    });
    await context.close();
  });

  it("sends even an empty form: the server's page answers in the page's language, not the browser's bubble", async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${app.url}/ar/stel-je-vraag/`);
    expect(await page.locator('form.ww-form').getAttribute('novalidate')).not.toBeNull();
    expect(await page.locator('#question-question').getAttribute('required')).not.toBeNull();
    await page.click('button[type=submit]');
    await page.locator('.ww-error-summary').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await page.screenshot({ path: 'test-results/screenshots/form-error-nojs-ar-390.png', fullPage: true });
    expect(await rows()).toHaveLength(0);
    await context.close();
  });

  it('shows an accessible error page that keeps what was typed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/nl/stel-je-vraag/`);
    await fill(page, 'Mijn vraag over het PIP en de lessen.', { contact: 'geen e-mailadres' });
    // The browser's own check would stop "geen e-mailadres" only with type=email; without
    // JavaScript the field is plain text, so the server answers.
    await page.click('button[type=submit]');
    await page.locator('.ww-error-summary').waitFor();
    expect(await page.title()).toContain('nog niet verstuurd');
    expect(await page.inputValue('#question-question')).toBe('Mijn vraag over het PIP en de lessen.');
    expect(await page.inputValue('#question-municipality')).toBe('GM0599');
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/form-error-nojs-nl-1280.png', fullPage: true });
    // axe needs JavaScript: check the same HTML in a page that has it, on the same origin.
    const html = await page.content();
    const checker = await browser.newContext();
    const copy = await checker.newPage();
    await copy.goto(`${app.url}/nl/`);
    await copy.setContent(html, { waitUntil: 'load' });
    expect(await axeViolations(copy)).toEqual([]);
    await checker.close();
    expect(await rows()).toHaveLength(0);
    await context.close();
  });
});
