/**
 * POST /api/feedback with a real database (PGlite in process, or TEST_DATABASE_URL): the contract
 * of docs/design.md for a form on many pages — back to the page at its thank-you note, only the
 * allowed fields stored, the report's category required, the text limit, spam defences, an outage.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPool } from '../../../src/server/db/pool.ts';
import { createFormEndpoint } from '../../../src/server/forms/endpoint.ts';
import { feedbackForm } from '../../../src/server/feedback/endpoint.ts';
import { VOTE_DUPLICATE_WINDOW_SECONDS } from '../../../src/server/feedback/store.ts';
import { isReference } from '../../../src/server/reference.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { captureLogger } from '../../../support/capture-log.ts';
import { formRequest, jsonRequest, ORIGIN } from '../../../support/requests.ts';

const PATH = '/api/feedback';
let db: TestDatabase;
let handle: (request: Request) => Promise<Response>;
const log = captureLogger();

const useful = { page: '/fa/pip/', translation: 'machine', answer: 'no', locale: 'fa', website: '' };
const report = {
  page: '/ar/brede-intake/',
  translation: 'outdated',
  category: 'translation',
  text: 'كلمة "المقابلة" غير واضحة هنا. =HYPERLINK("x")',
  locale: 'ar',
  website: '',
};

beforeAll(async () => {
  db = await createTestDatabase();
  handle = createFormEndpoint(
    feedbackForm(() => db.pool),
    { logger: log },
  );
});
afterAll(async () => db?.stop());
beforeEach(async () => {
  await db.pool.query('DELETE FROM feedback');
});

const rows = async () => (await db.pool.query('SELECT * FROM feedback ORDER BY id')).rows;

describe(`POST /api/feedback (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  it('a plain "Nee" goes back to the page, at its thank-you note (303), and stores only what is allowed', async () => {
    const response = await handle(formRequest(PATH, useful));
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/fa/pip/#feedback-bedankt');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const [row] = await rows();
    expect(Object.keys(row).sort()).toEqual(
      [
        'id',
        'reference',
        'created_at',
        'page',
        'locale',
        'translation',
        'answer',
        'category',
        'text',
        'status',
        'idempotency_key',
        'body_hash',
      ].sort(),
    );
    expect(row).toMatchObject({
      page: '/fa/pip/',
      locale: 'fa',
      translation: 'machine',
      answer: 'no',
      category: null,
      text: null,
      status: 'new',
    });
    expect(isReference(row.reference, 'F')).toBe(true);
  });

  it('a report with its text, exactly as typed; JSON answers 201 with the way back', async () => {
    const response = await handle(jsonRequest(PATH, report, { 'Idempotency-Key': 'feedback-key-01' }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { reference: string; location: string };
    expect(body.location).toBe('/ar/brede-intake/#feedback-bedankt');
    const again = await handle(jsonRequest(PATH, report, { 'Idempotency-Key': 'feedback-key-01' }));
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await again.json()) as { reference: string }).reference).toBe(body.reference);
    expect(await rows()).toMatchObject([{ category: 'translation', text: report.text, answer: null }]);
  });

  it('the same plain report sent twice within 10 minutes is stored once', async () => {
    const first = await handle(formRequest(PATH, report));
    const second = await handle(formRequest(PATH, report));
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(await rows()).toHaveLength(1);
  });

  it('two readers who both answer "Nee" on a page are two votes; a second press within the minute is one', async () => {
    // A vote has no text: every reader's "Nee" on /fa/pip/ has the same body.
    expect((await handle(formRequest(PATH, useful))).status).toBe(303);
    expect((await handle(formRequest(PATH, useful))).status).toBe(303);
    expect(await rows()).toHaveLength(1);
    // The next reader, more than a minute later (the clock moved by moving the first vote back).
    await db.pool.query(
      `UPDATE feedback SET created_at = created_at - interval '${VOTE_DUPLICATE_WINDOW_SECONDS + 1} seconds'`,
    );
    expect((await handle(formRequest(PATH, useful))).status).toBe(303);
    expect(await rows()).toHaveLength(2);
  });

  it('a report with text sent again after the vote window is still the same report (10 minutes)', async () => {
    await handle(formRequest(PATH, report));
    await db.pool.query(
      `UPDATE feedback SET created_at = created_at - interval '${VOTE_DUPLICATE_WINDOW_SECONDS + 1} seconds'`,
    );
    await handle(formRequest(PATH, report));
    expect(await rows()).toHaveLength(1);
  });

  it('a report without its kind of problem: 422 page in the language, the text kept, the way back to the page', async () => {
    const response = await handle(
      formRequest(PATH, { ...report, category: '', text: 'Mijn <tekst> blijft' }),
    );
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('ww-error-summary');
    expect(page).toContain('href="#feedback-category"');
    expect(page).toContain('Mijn &lt;tekst> blijft</textarea>');
    expect(page).toContain('<a href="/ar/brede-intake/">');
    expect(await rows()).toHaveLength(0);
  });

  it.each([
    ['a text over 1,000 characters', { ...report, text: 'x'.repeat(1001) }, 'text', 'tooLong'],
    ['a page that is not on the site', { ...useful, page: 'https://evil.example/' }, 'page', 'invalid'],
    ['a protocol-relative page', { ...useful, page: '//evil.example/nl/' }, 'page', 'invalid'],
    ['an unknown answer', { ...useful, answer: 'maybe' }, 'answer', 'choose'],
    ['an unknown category', { ...report, category: 'spam' }, 'category', 'choose'],
    ['no translation status', { ...useful, translation: '' }, 'translation', 'required'],
  ])('refuses %s (422, nothing stored)', async (_name, body, field, code) => {
    const response = await handle(jsonRequest(PATH, body));
    expect(response.status).toBe(422);
    const { errors } = (await response.json()) as { errors: Array<{ field: string; code: string }> };
    expect(errors).toContainEqual(expect.objectContaining({ field, code }));
    expect(await rows()).toHaveLength(0);
  });

  it('refuses fields it does not store — a name, an e-mail address (400)', async () => {
    for (const extra of [{ name: 'Amal' }, { email: 'amal@example.org' }]) {
      const response = await handle(jsonRequest(PATH, { ...useful, ...extra }));
      expect(response.status).toBe(400);
    }
    expect(await rows()).toHaveLength(0);
  });

  it.each([
    ['415 for another content type', new Request(`${ORIGIN}${PATH}`, { method: 'POST', body: 'x' }), 415],
    ['405 for GET', new Request(`${ORIGIN}${PATH}`), 405],
    ['403 for a cross-site request', formRequest(PATH, useful, { 'Sec-Fetch-Site': 'cross-site' }), 403],
  ])('%s', async (_name, request, status) => {
    expect((await handle(request)).status).toBe(status);
    expect(await rows()).toHaveLength(0);
  });

  it('answers a filled honeypot like a success, back to the page, and stores nothing', async () => {
    const response = await handle(formRequest(PATH, { ...useful, website: 'spam' }));
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/fa/pip/#feedback-bedankt');
    expect(await rows()).toHaveLength(0);
  });

  it('with the database unreachable: 503 with Retry-After and a page in the language, nothing stored', async () => {
    // Nothing listens on port 9: as if the database server were down.
    const down = createPool('postgres://postgres@127.0.0.1:9/none', { connectTimeoutMs: 500 });
    try {
      const response = await createFormEndpoint(
        feedbackForm(() => down),
        { logger: log },
      )(formRequest(PATH, report));
      expect(response.status).toBe(503);
      expect(response.headers.get('Retry-After')).toBe('30');
      expect(await response.text()).toContain('<html lang="ar" dir="rtl">');
    } finally {
      await down.end();
    }
    expect(await rows()).toHaveLength(0);
  });

  it('never logs what people typed', () => {
    expect(log.text()).not.toContain('المقابلة');
    expect(log.text()).not.toContain('Mijn');
  });
});
