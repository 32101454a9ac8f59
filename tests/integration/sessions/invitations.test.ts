/**
 * Invitations through a real SMTP conversation (an in-process smtp-server), on a real database:
 * one mail per person in the language they signed up in, text and HTML (right-to-left for ar and
 * fa), with an .ics that a real iCalendar parser (ical.js) reads back; the personal link works and
 * only its hash is stored; people already invited are skipped; without SMTP nothing is lost — the
 * invitation is marked unsent and sent again later with a new link.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';
import { createMailer } from '../../../src/server/mail/mailer.ts';
import { createInvitationPage } from '../../../src/server/rsvp/invitation-page.ts';
import { invite, resendInvitations } from '../../../src/server/sessions/invitations.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { seedSession, seedSignups } from '../../../support/fixtures/sessions.ts';
import { startMailCatcher, type MailCatcher } from '../../../support/mail-catcher.ts';

let db: TestDatabase;
let smtp: MailCatcher;
let people: Array<{ id: string; reference: string }>;
const page = () => createInvitationPage(() => db.pool, 0);

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startMailCatcher();
  people = await seedSignups(db.pool, 12, 7);
  // One person per language of the site, then the rest.
  for (const [i, lang] of LOCALE_CODES.entries())
    await db.pool.query('UPDATE expert_signups SET locale = $2 WHERE id = $1', [people[i]!.id, lang]);
}, 120_000);
afterAll(async () => {
  await smtp?.close();
  await db?.stop();
});

const mailer = () => createMailer({ smtpUrl: smtp.url, from: 'expertpool@wegwijzer.test', timeoutMs: 2000 });
const linkIn = (text: string) => /https?:\/\/\S+\/expertpool\/uitnodiging\/([A-Za-z0-9_-]{43})\//.exec(text);

describe('invitations', () => {
  it('mails each person in their language, with a calendar file a real parser reads back', async () => {
    const session = await seedSession(db.pool, { title: 'Brieven & "formulieren"', capacity: 10 });
    smtp.mails.length = 0;
    const refs = people.slice(0, LOCALE_CODES.length).map((p) => p.reference);
    const result = await invite(db.pool, session.reference, { references: refs }, mailer());
    expect(result.sent.map((s) => s.mailStatus)).toEqual(LOCALE_CODES.map(() => 'sent'));
    expect(smtp.mails).toHaveLength(LOCALE_CODES.length);

    for (const [i, lang] of LOCALE_CODES.entries()) {
      const sent = result.sent[i]!;
      const mail = smtp.mails.find((m) => m.to.includes(sent.email))!;
      expect(mail.mail.headers.get('content-language')).toBe(lang);
      const dir = lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr';
      expect(mail.mail.html).toContain(`<html lang="${lang}" dir="${dir}">`);
      // The subject and text are in the person's language, and name the session.
      expect(mail.mail.subject).toContain('Brieven & "formulieren"');
      expect(mail.mail.text).toContain(
        {
          nl: 'Zeg of je komt',
          en: 'Say if you are coming',
          ar: 'أخبرنا إن كنت ستأتي',
          fa: 'بگویید که می‌آیید یا نه',
          ti: 'ክትመጹ እንተ ኾይንኩም ንገሩና',
          tr: 'Gelip gelmeyeceğinizi söyleyin',
        }[lang],
      );
      const link = linkIn(mail.mail.text ?? '')!;
      expect(link[0]).toContain(`/${lang}/expertpool/uitnodiging/`);

      // The .ics, read back by ical.js.
      const ics = mail.mail.attachments.find((a) => a.filename === 'uitnodiging.ics')!;
      expect(ics.contentType).toBe('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
      expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      expect(event.uid).toBe(`${session.reference}@wegwijzer-inburgering`);
      expect(event.summary).toBe('Brieven & "formulieren"');
      expect(event.startDate.toJSDate().toISOString()).toBe(session.starts_at.toISOString());
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(120 * 60_000);
      expect(event.location).toBe('Stadhuis, Spui 70, Den Haag');
      expect(event.description).toContain(link[0]);

      // The link opens the person's reply page; the database holds only the token's hash.
      const response = await page()(new Request(link[0]));
      expect(response.status).toBe(200);
      const stored = await db.pool.query('SELECT token_hash FROM pool_invitations WHERE id = $1', [
        sent.invitationId,
      ]);
      expect(stored.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(stored.rows)).not.toContain(link[1]);
    }
  });

  it('--suggest leaves out people already invited; a second invitation is never made', async () => {
    const session = await seedSession(db.pool, { capacity: 4 });
    const first = await invite(db.pool, session.reference, { suggest: 4 }, mailer());
    expect(first.sent).toHaveLength(4);
    const second = await invite(db.pool, session.reference, { suggest: 4 }, mailer());
    expect(second.sent).toHaveLength(4);
    const firstRefs = new Set(first.sent.map((s) => s.reference));
    expect(second.sent.filter((s) => firstRefs.has(s.reference))).toEqual([]);
    const again = await invite(
      db.pool,
      session.reference,
      { references: [first.sent[0]!.reference] },
      mailer(),
    );
    expect(again).toMatchObject({ sent: [], already: [first.sent[0]!.reference] });
  });

  it('without SMTP the invitation is kept as unsent; --resend sends it with a new link and the old one stops working', async () => {
    const session = await seedSession(db.pool, {
      mode: 'online',
      address: null,
      onlineUrl: 'https://meet.example/abc',
    });
    smtp.mails.length = 0;
    const unsent = await invite(
      db.pool,
      session.reference,
      { references: [people[0]!.reference] },
      createMailer({}),
    );
    expect(unsent.sent[0]!.mailStatus).toBe('unsent');
    expect(smtp.mails).toHaveLength(0);
    const { rows } = await db.pool.query('SELECT token_hash FROM pool_invitations WHERE id = $1', [
      unsent.sent[0]!.invitationId,
    ]);
    const resent = await resendInvitations(db.pool, session.reference, mailer());
    expect(resent.sent.map((s) => s.mailStatus)).toEqual(['sent']);
    const after = await db.pool.query('SELECT token_hash, mail_status FROM pool_invitations WHERE id = $1', [
      unsent.sent[0]!.invitationId,
    ]);
    expect(after.rows[0]).toMatchObject({ mail_status: 'sent' });
    expect(after.rows[0].token_hash).not.toBe(rows[0].token_hash);
    // An online session: the meeting link is not in the invitation (only with a place).
    expect(smtp.mails[0]!.raw).not.toContain('meet.example');
    expect((await page()(new Request(linkIn(smtp.mails[0]!.mail.text ?? '')![0]))).status).toBe(200);
    // Nothing more to resend.
    expect((await resendInvitations(db.pool, session.reference, mailer())).sent).toEqual([]);
  });

  it('keeps CR/LF out of every header, whatever the team typed as a title', async () => {
    const session = await seedSession(db.pool, { title: 'Brieven\r\nBcc: victim@example.org' });
    smtp.mails.length = 0;
    const { sent } = await invite(
      db.pool,
      session.reference,
      { references: [people[6]!.reference] },
      mailer(),
    );
    expect(smtp.mails[0]!.to).toEqual([sent[0]!.email]);
    expect(smtp.mails[0]!.raw.split(/\r\n\r\n/)[0]).not.toMatch(/^Bcc:/im);
    // The line break became a space: one subject line, no header of its own.
    expect(smtp.mails[0]!.mail.subject).toContain('Brieven Bcc: victim@example.org');
  });

  it('only people who confirmed their address: never suggested, refused by reference', async () => {
    const session = await seedSession(db.pool);
    await db.pool.query('UPDATE expert_signups SET confirmed_at = NULL WHERE id = ANY($1)', [
      people.slice(0, 10).map((p) => p.id),
    ]);
    try {
      const suggested = await invite(db.pool, session.reference, { suggest: 12 }, mailer());
      expect(suggested.sent.map((s) => s.reference).sort()).toEqual(
        people
          .slice(10)
          .map((p) => p.reference)
          .sort(),
      );
      await expect(
        invite(db.pool, session.reference, { references: [people[0]!.reference] }, mailer()),
      ).rejects.toThrow(/did not confirm their e-mail address/);
    } finally {
      await db.pool.query('UPDATE expert_signups SET confirmed_at = now() WHERE confirmed_at IS NULL');
    }
  });

  it('refuses a cancelled or past session', async () => {
    const session = await seedSession(db.pool);
    await db.pool.query("UPDATE pool_sessions SET status = 'cancelled' WHERE id = $1", [session.id]);
    await expect(invite(db.pool, session.reference, { suggest: 2 }, mailer())).rejects.toThrow(/cancelled/);
  });
});
