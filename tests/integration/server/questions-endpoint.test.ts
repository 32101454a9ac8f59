/**
 * The questions endpoint with a real database (PGlite in process, or TEST_DATABASE_URL): the
 * HTTP contract of docs/design.md, idempotency, the duplicate window, spam defences, and an outage.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFormEndpoint } from '../../../src/server/forms/endpoint.ts';
import { questionForm } from '../../../src/server/questions/endpoint.ts';
import { isReference } from '../../../src/server/reference.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { captureLogger } from '../../../support/capture-log.ts';
import {
  formRequest,
  jsonRequest,
  ORIGIN,
  questionFields,
  validQuestion,
} from '../../../support/requests.ts';

const PATH = '/api/questions';
let db: TestDatabase;
let handle: (request: Request) => Promise<Response>;
const log = captureLogger();

beforeAll(async () => {
  db = await createTestDatabase();
  handle = createFormEndpoint(
    questionForm(() => db.pool, null),
    { logger: log },
  );
});
afterAll(async () => db?.stop());
beforeEach(async () => {
  await db.pool.query('DELETE FROM questions');
});

const rows = async () => (await db.pool.query('SELECT * FROM questions ORDER BY id')).rows;

describe(`POST /api/questions (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  it('stores a JSON question exactly as typed and answers 201 with a reference', async () => {
    const question = 'هل يجب أن أدفع؟ ትግርኛ 😀 e\u0301 \u200fمرحبا\u200e';
    const response = await handle(
      jsonRequest(PATH, { ...validQuestion, question }, { 'Idempotency-Key': 'key-0001-aaaa' }),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const body = (await response.json()) as { reference: string; location: string };
    expect(isReference(body.reference, 'V')).toBe(true);
    expect(body.location).toBe(`/nl/stel-je-vraag/bedankt/?ref=${body.reference}`);
    const [row] = await rows();
    expect(row).toMatchObject({
      reference: body.reference,
      question,
      channel: 'email',
      contact: 'amal@example.org',
      name: 'Amal',
      municipality: 'GM0363',
      answer_language: 'ar',
      locale: 'nl',
      status: 'new',
    });
  });

  it('answers a retry with the same key and body with the same reference, storing nothing new', async () => {
    const send = () => handle(jsonRequest(PATH, validQuestion, { 'Idempotency-Key': 'key-0002-bbbb' }));
    const first = (await (await send()).json()) as { reference: string };
    const again = await send();
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await again.json()) as { reference: string }).reference).toBe(first.reference);
    expect(await rows()).toHaveLength(1);
  });

  it('refuses the same key with another body (422)', async () => {
    await handle(jsonRequest(PATH, validQuestion, { 'Idempotency-Key': 'key-0003-cccc' }));
    const other = await handle(
      jsonRequest(
        PATH,
        { ...validQuestion, question: 'Een heel andere vraag hier.' },
        { 'Idempotency-Key': 'key-0003-cccc' },
      ),
    );
    expect(other.status).toBe(422);
    expect(((await other.json()) as { errors: { code: string }[] }).errors[0]!.code).toBe(
      'idempotencyConflict',
    );
    expect(await rows()).toHaveLength(1);
  });

  it('handles concurrent retries with one key as one submission', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        handle(jsonRequest(PATH, validQuestion, { 'Idempotency-Key': 'key-0004-dddd' })),
      ),
    );
    const references = new Set(
      await Promise.all(results.map(async (r) => ((await r.json()) as { reference: string }).reference)),
    );
    expect(references.size).toBe(1);
    expect(await rows()).toHaveLength(1);
  });

  it('redirects a plain HTML form (303) to the thank-you page in its language', async () => {
    const response = await handle(formRequest(PATH, questionFields({ locale: 'ar' })));
    expect(response.status).toBe(303);
    const location = response.headers.get('Location')!;
    expect(location).toMatch(/^\/ar\/stel-je-vraag\/bedankt\/\?ref=V-/);
    const [row] = await rows();
    expect(row).toMatchObject({ locale: 'ar', idempotency_key: null, status: 'new' });
  });

  it('returns the first reference for an identical plain form within 10 minutes, and stores again after', async () => {
    const first = (await handle(formRequest(PATH, questionFields()))).headers.get('Location');
    const second = (await handle(formRequest(PATH, questionFields()))).headers.get('Location');
    expect(second).toBe(first);
    expect(await rows()).toHaveLength(1);
    await db.pool.query("UPDATE questions SET created_at = now() - interval '11 minutes'");
    const third = (await handle(formRequest(PATH, questionFields()))).headers.get('Location');
    expect(third).not.toBe(first);
    expect(await rows()).toHaveLength(2);
  });

  it('answers JSON errors with messages in the request language, storing nothing', async () => {
    const response = await handle(
      jsonRequest(PATH, { ...validQuestion, question: 'kort', contact: 'geen-mail', locale: 'en' }),
    );
    expect(response.status).toBe(422);
    const { errors } = (await response.json()) as {
      errors: { field: string; code: string; message: string }[];
    };
    expect(errors).toEqual([
      {
        field: 'question',
        code: 'tooShort',
        message: 'Your question is too short. Use at least 10 characters.',
      },
      { field: 'contact', code: 'email', message: 'Enter an email address, like name@example.com.' },
    ]);
    expect(await rows()).toHaveLength(0);
  });

  it('answers an invalid plain form with an HTML page that keeps the typed text (escaped)', async () => {
    const hostile = '<script>alert(1)</script> "quoted" & =SUM(A1)';
    const response = await handle(
      formRequest(PATH, questionFields({ question: hostile, contact: 'not an email', locale: 'ar' })),
    );
    expect(response.status).toBe(422);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    const page = await response.text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('ww-error-summary');
    expect(page).toContain('&lt;script>alert(1)&lt;/script> &quot;quoted&quot; &amp; =SUM(A1)</textarea>');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('value="not an email"');
    expect(await rows()).toHaveLength(0);
  });

  it.each([
    [
      '415 for another content type',
      new Request(`${ORIGIN}${PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: 'hallo',
      }),
      415,
    ],
    ['413 for a body over 16 KB', jsonRequest(PATH, { ...validQuestion, question: 'x'.repeat(17_000) }), 413],
    ['400 for unknown fields', jsonRequest(PATH, { ...validQuestion, admin: true }), 400],
    [
      '400 for a repeated field in a form',
      formRequest(PATH, { ...questionFields(), question: ['een vraag hier', 'nog een vraag'] }),
      400,
    ],
    ['400 for broken JSON', jsonRequest(PATH, '{"question": '), 400],
    ['405 for GET', new Request(`${ORIGIN}${PATH}`), 405],
    [
      '403 for a cross-site browser request',
      jsonRequest(PATH, validQuestion, { 'Sec-Fetch-Site': 'cross-site' }),
      403,
    ],
    [
      '403 for a foreign Origin',
      jsonRequest(PATH, validQuestion, { Origin: 'https://evil.example', 'Sec-Fetch-Site': '' }),
      403,
    ],
  ])('%s', async (_name, request, status) => {
    const response = await handle(request);
    expect(response.status).toBe(status);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    if (status === 405) expect(response.headers.get('Allow')).toBe('POST');
    expect(await rows()).toHaveLength(0);
  });

  it('answers a filled honeypot like a success and stores nothing', async () => {
    const json = await handle(jsonRequest(PATH, { ...validQuestion, website: 'https://spam.example' }));
    expect(json.status).toBe(201);
    const form = await handle(formRequest(PATH, questionFields({ website: 'spam' })));
    expect(form.status).toBe(303);
    expect(await rows()).toHaveLength(0);
  });

  it('keeps a submission made in under 3 seconds, marked suspect', async () => {
    await handle(jsonRequest(PATH, validQuestion, { 'X-Fill-Time-Ms': '900' }));
    await handle(
      jsonRequest(
        PATH,
        { ...validQuestion, question: 'Een tweede, rustig getypte vraag.' },
        { 'X-Fill-Time-Ms': '45000' },
      ),
    );
    expect((await rows()).map((r) => r.status)).toEqual(['suspect', 'new']);
  });

  it('never logs what people typed', () => {
    const text = log.text();
    for (const value of ['amal@example.org', 'Amal', 'Moet ik betalen', 'spam.example', 'alert(1)'])
      expect(text).not.toContain(value);
  });
});
