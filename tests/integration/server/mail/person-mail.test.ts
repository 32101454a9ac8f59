/**
 * Mail to a person in their own language, through a real SMTP conversation (an in-process
 * smtp-server, parsed back with mailparser): Dutch and Arabic (right-to-left), values escaped in
 * the HTML and isolated in right-to-left text, an attachment, CR/LF kept out of every header, and
 * 'unsent' (nothing tried) without SMTP.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailer, mailerConfigFromEnv } from '../../../../src/server/mail/mailer.ts';
import { renderMail, type MailTemplate } from '../../../../src/server/mail/render.ts';
import { startMailCatcher, type MailCatcher } from '../../../../support/mail-catcher.ts';

let catcher: MailCatcher;
let received: MailCatcher['mails'];

beforeAll(async () => {
  catcher = await startMailCatcher();
  received = catcher.mails;
});
afterAll(() => catcher.close());
beforeEach(() => {
  received.length = 0;
});

const hostile = '<script>alert(1)</script>\r\nBcc: victim@example.org';
/** Built from strings every language has, so the test does not depend on one feature's keys. */
const template = (language: string): MailTemplate => ({
  subject: 'signup.thanks.title',
  blocks: [
    { paragraph: 'notice.fallback', values: { language } },
    { paragraph: 'page.readingTime', values: { count: 3 } },
    { link: 'form.back', href: 'https://wegwijzer.test/nl/expertpool/?a=1&b=<2>' },
    { details: [{ label: 'form.thanks.reference', value: 'E-7K3Q-9P' }] },
  ],
});

function mailer() {
  return createMailer({
    smtpUrl: catcher.url,
    from: 'Wegwijzer <noreply@wegwijzer.test>',
    timeoutMs: 2000,
  });
}

describe('mail to a person, in their language', () => {
  it('Dutch: subject, plain text and HTML from the interface strings, with an attachment', async () => {
    const mail = renderMail('nl', template('Engels'));
    const status = await mailer().send({
      to: 'selam@example.org',
      mail,
      attachments: [
        {
          filename: 'uitnodiging.ics',
          content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
          contentType: 'text/calendar; charset=utf-8; method=REQUEST',
        },
      ],
    });
    expect(status).toBe('sent');
    const [got] = received;
    expect(got!.to).toEqual(['selam@example.org']);
    expect(got!.mail.subject).toBe('Bedankt voor je aanmelding');
    expect(got!.mail.headers.get('content-language')).toBe('nl');
    expect(got!.mail.text).toContain('Deze pagina is nog niet vertaald. Je leest hem in het Engels.');
    expect(got!.mail.text).toContain('Lezen duurt ongeveer 3 minuten.');
    expect(got!.mail.text).toContain('https://wegwijzer.test/nl/expertpool/?a=1&b=<2>');
    expect(got!.mail.text).not.toMatch(/[\u2068\u2069]/);
    expect(got!.mail.html).toContain('<html lang="nl" dir="ltr">');
    expect(got!.mail.html).toContain('href="https://wegwijzer.test/nl/expertpool/?a=1&#38;b=&#60;2&#62;"');
    expect(got!.mail.attachments).toHaveLength(1);
    expect(got!.mail.attachments[0]).toMatchObject({
      filename: 'uitnodiging.ics',
      contentType: 'text/calendar',
    });
    expect(got!.mail.attachments[0]!.content.toString()).toContain('BEGIN:VCALENDAR');
  });

  it('Arabic: right to left, values isolated; hostile values escaped and out of the headers', async () => {
    const mail = renderMail('ar', template(hostile));
    for (const to of [
      'amal@example.org\r\nBcc: victim@example.org',
      'amal@example.org, victim@example.org',
      'amal@example.org\u0001',
    ])
      await expect(mailer().send({ to, mail })).rejects.toThrow('not one e-mail address');
    expect(received).toHaveLength(0);
    await mailer().send({ to: 'amal@example.org', mail });
    const [got] = received;
    expect(got!.to).toEqual(['amal@example.org']);
    expect(got!.mail.subject).toBe('شكرًا على تسجيلك');
    expect(got!.mail.headers.get('content-language')).toBe('ar');
    const headers = got!.raw.split(/\r\n\r\n/)[0]!;
    expect(headers).not.toMatch(/^Bcc:/im);
    expect(got!.mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(got!.mail.html).toMatch(/<div lang="ar" dir="rtl"/);
    expect(got!.mail.html).not.toContain('<script>');
    expect(got!.mail.html).toContain('<bdi>&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(got!.mail.html).toContain('<bdi>E-7K3Q-9P</bdi>');
    // In plain text the value sits between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
    expect(got!.mail.text).toContain('\u2068E-7K3Q-9P\u2069');
  });

  it('a hostile value in the subject stays on one line', () => {
    const mail = renderMail('en', { subject: 'notice.fallback', values: { language: hostile }, blocks: [] });
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('without SMTP nothing is tried and the mail is reported unsent', async () => {
    for (const config of [mailerConfigFromEnv({}), { smtpUrl: catcher.url }, { from: 'x@wegwijzer.test' }]) {
      const unconfigured = createMailer(config);
      expect(unconfigured.configured).toBe(false);
      expect(
        await unconfigured.send({ to: 'a@example.org', mail: renderMail('nl', template('Engels')) }),
      ).toBe('unsent');
    }
    expect(received).toHaveLength(0);
  });

  it('a mail server that is down rejects, so the caller can record "failed"', async () => {
    const down = createMailer({ smtpUrl: 'smtp://127.0.0.1:9', from: 'x@wegwijzer.test', timeoutMs: 1000 });
    await expect(
      down.send({ to: 'a@example.org', mail: renderMail('nl', template('Engels')) }),
    ).rejects.toThrow();
  });

  it('an unknown language falls back to Dutch', () => {
    expect(renderMail('xx', template('Engels')).locale).toBe('nl');
  });
});
