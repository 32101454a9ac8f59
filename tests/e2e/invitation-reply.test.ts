/**
 * The invitation's reply page in Chromium, as a person opens it from the mail: without JavaScript
 * in Arabic (right-to-left) and Tigrinya (Ethiopic), axe 0 before and after answering; with
 * JavaScript in Dutch, answering and changing one's mind; the neutral page of a dead link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createMailer } from '../../src/server/mail/mailer.ts';
import { invite } from '../../src/server/sessions/invitations.ts';
import { launchBrowser } from '../../support/browser.ts';
import { startApp, type App } from '../../support/app.ts';
import { seedSession, seedSignups } from '../../support/fixtures/sessions.ts';
import { axeViolations, sidewaysScroll } from '../support/a11y-checks.ts';

let app: App;
let browser: Browser;
/** A link per language, as the invitation mails carry them (pointing at the test server). */
const links: Record<string, string> = {};

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const people = await seedSignups(app.db.pool, 3, 5);
  for (const [i, lang] of ['ar', 'ti', 'nl'].entries())
    await app.db.pool.query('UPDATE expert_signups SET locale = $2 WHERE id = $1', [people[i]!.id, lang]);
  const session = await seedSession(app.db.pool, { title: 'Brieven van de gemeente', capacity: 10 });
  const mailer = createMailer({ smtpUrl: app.mail.url, from: 'expertpool@wegwijzer.test' });
  const { sent } = await invite(
    app.db.pool,
    session.reference,
    { references: people.map((p) => p.reference) },
    mailer,
  );
  for (const s of sent) {
    const text = app.mail.mails.find((m) => m.to.includes(s.email))!.mail.text!;
    const path = /\/[a-z]{2}\/expertpool\/uitnodiging\/[A-Za-z0-9_-]{43}\//.exec(text)![0];
    links[s.locale] = `${app.url}${path}`;
  }
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/**
 * axe and the reflow check need JavaScript: the page's HTML, checked in a page that has it, on the
 * same origin and at the same 320 px width.
 */
async function checks(page: Page): Promise<{ violations: string[]; sideways: number }> {
  const html = await page.content();
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const copy = await context.newPage();
  await copy.goto(`${app.url}/nl/`);
  await copy.setContent(html, { waitUntil: 'load' });
  const result = { violations: await axeViolations(copy), sideways: await sidewaysScroll(copy) };
  await context.close();
  return result;
}

async function open(javaScript: boolean, url: string): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: javaScript,
    viewport: { width: 320, height: 800 },
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

describe('the reply page', () => {
  for (const [lang, yes, saved] of [
    ['ar', 'سآتي', 'لقد حفظنا ردك'],
    ['ti', 'ክመጽእ እየ', 'መልስኹም ዓቂብናዮ ኣለና'],
  ] as const)
    it(`${lang}, without JavaScript: reads right, answers, axe 0 before and after, no sideways scroll at 320 px`, async () => {
      const page = await open(false, links[lang]!);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(await checks(page)).toEqual({ violations: [], sideways: 0 });
      await page.getByLabel(yes).check();
      await page.click('form.ww-form button[type=submit]');
      await page.waitForURL(/\?saved=1$/);
      expect(await page.locator('.ww-saved').innerText()).toContain(saved);
      expect(await page.isChecked('#rsvp-answer-yes')).toBe(true);
      expect(await checks(page)).toEqual({ violations: [], sideways: 0 });
      await page.context().close();
    }, 60_000);

  it('nl, with JavaScript: answers "Misschien", then changes to "Ik kom niet"; no script errors', async () => {
    const page = await open(true, links.nl!);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.getByLabel('Misschien').check();
    await page.click('form.ww-form button[type=submit]');
    await page.waitForURL(/\?saved=1$/);
    expect(await page.locator('.ww-answer').innerText()).toBe(
      'Je weet nog niet of je komt. Laat het ons weten als je het weet.',
    );
    await page.getByLabel('Ik kom niet').check();
    await page.click('form.ww-form button[type=submit]');
    await page.waitForURL(/\?saved=1$/);
    expect(await page.locator('.ww-answer').innerText()).toBe('Je komt niet. Bedankt dat je het laat weten.');
    const { rows } = await app.db.pool.query("SELECT answer FROM pool_invitations WHERE locale = 'nl'");
    expect(rows).toEqual([{ answer: 'no' }]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('a dead link: the neutral page, axe 0', async () => {
    const page = await open(false, `${app.url}/ti/expertpool/uitnodiging/${'x'.repeat(43)}/`);
    expect(await page.locator('h1').innerText()).toBe('እዚ ሊንክ ኣይሰርሕን እዩ');
    expect(await checks(page)).toEqual({ violations: [], sideways: 0 });
    await page.context().close();
  }, 60_000);
});
