/**
 * Team notification by e-mail through a real SMTP conversation (an in-process smtp-server):
 * the question is stored first; the mail names reference, language and channel; the question text
 * only with NOTIFY_INCLUDE_CONTENT=true; CR/LF never reach a header; a failed mail loses nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFormEndpoint } from '../../../src/server/forms/endpoint.ts';
import { createNotifier } from '../../../src/server/mail/notifier.ts';
import { questionForm } from '../../../src/server/questions/endpoint.ts';
import { captureLogger } from '../../../support/capture-log.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { startMailCatcher, type MailCatcher } from '../../../support/mail-catcher.ts';
import { jsonRequest, validQuestion } from '../../../support/requests.ts';

let db: TestDatabase;
let catcher: MailCatcher;
let port: number;
/** What the mail program sees: the raw message, its subject and text, its header lines. */
const received = {
  get length() {
    return catcher.mails.length;
  },
  at: (i: number) => {
    const { raw, mail } = catcher.mails[i]!;
    return {
      raw,
      subject: mail.subject ?? '',
      text: mail.text ?? '',
      headerLines: mail.headerLines.map((h) => h.line),
    };
  },
};

beforeAll(async () => {
  db = await createTestDatabase();
  catcher = await startMailCatcher();
  port = Number(new URL(catcher.url).port);
});
afterAll(async () => {
  await catcher?.close();
  await db?.stop();
});
beforeEach(() => {
  catcher.mails.length = 0;
});

function endpoint(includeContent: boolean, smtpPort = port) {
  const deferred: Promise<unknown>[] = [];
  const notifier = createNotifier({
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    teamEmail: 'team@wegwijzer.test',
    includeContent,
    timeoutMs: 2000,
  });
  const log = captureLogger();
  const handle = createFormEndpoint(
    questionForm(() => db.pool, notifier),
    { logger: log, defer: (work) => deferred.push(work) },
  );
  return { handle, settle: () => Promise.all(deferred), log };
}

describe('team notification', () => {
  it('sends reference, language and channel — not the question — by default', async () => {
    const { handle, settle } = endpoint(false);
    const response = await handle(
      jsonRequest(
        '/api/questions',
        { ...validQuestion, locale: 'ar' },
        { 'Idempotency-Key': 'mail-0001-aaaa' },
      ),
    );
    const { reference } = (await response.json()) as { reference: string };
    await settle();
    expect(received.length).toBe(1);
    expect(received.at(0).subject).toBe(`Nieuwe vraag ${reference}`);
    expect(received.at(0).text).toContain(`Referentie: ${reference}`);
    expect(received.at(0).text).toContain('Taal: ar');
    expect(received.at(0).text).toContain('Kanaal: email');
    expect(received.at(0).raw).not.toContain(validQuestion.question);
    expect(received.at(0).raw).not.toContain(validQuestion.contact);
  });

  it('includes the question only when NOTIFY_INCLUDE_CONTENT=true', async () => {
    const { handle, settle } = endpoint(true);
    await handle(jsonRequest('/api/questions', validQuestion, { 'Idempotency-Key': 'mail-0002-bbbb' }));
    await settle();
    expect(received.at(0).text).toContain(validQuestion.question);
  });

  it('sends one mail per new question, none for a retry', async () => {
    const { handle, settle } = endpoint(false);
    await handle(jsonRequest('/api/questions', validQuestion, { 'Idempotency-Key': 'mail-0003-cccc' }));
    await handle(jsonRequest('/api/questions', validQuestion, { 'Idempotency-Key': 'mail-0003-cccc' }));
    await settle();
    expect(received.length).toBe(1);
  });

  it('keeps CR/LF out of every header, even with hostile input in every field', async () => {
    const { handle, settle } = endpoint(true);
    const hostile = 'Hallo\r\nBcc: victim@example.org\r\nSubject: hacked';
    await handle(
      jsonRequest(
        '/api/questions',
        { ...validQuestion, question: `${hostile} vraag`, name: hostile.slice(0, 90) },
        { 'Idempotency-Key': 'mail-0004-dddd' },
      ),
    );
    await settle();
    const headers = received.at(0).raw.split(/\r\n\r\n/)[0]!;
    expect(headers).not.toMatch(/^Bcc:/im);
    expect(received.at(0).headerLines.filter((l) => /^subject:/i.test(l))).toHaveLength(1);
  });

  it('a failed mail neither loses nor blocks the question', async () => {
    const { handle, settle, log } = endpoint(false, 9); // nothing listens on port 9
    const response = await handle(
      jsonRequest(
        '/api/questions',
        { ...validQuestion, question: 'Een vraag terwijl de mail stuk is.' },
        { 'Idempotency-Key': 'mail-0005-eeee' },
      ),
    );
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    await settle();
    expect(
      (await db.pool.query('SELECT 1 FROM questions WHERE reference = $1', [reference])).rows,
    ).toHaveLength(1);
    expect(log.lines.find((l) => l.event === 'question.notify_failed')).toMatchObject({ reference });
  });
});
