/**
 * Faults: the database is down (503 with Retry-After, nothing half-written, the client's retry
 * succeeds once it is back) and a crash after the insert but before the answer (the retry returns
 * the same reference; one row).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPool } from '../../../src/server/db/pool.ts';
import { createFormEndpoint } from '../../../src/server/forms/endpoint.ts';
import { questionForm } from '../../../src/server/questions/endpoint.ts';
import { captureLogger } from '../../../support/capture-log.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { formRequest, jsonRequest, questionFields, validQuestion } from '../../../support/requests.ts';

const PATH = '/api/questions';
let db: TestDatabase;
const log = captureLogger();

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.stop());
beforeEach(async () => {
  await db.pool.query('DELETE FROM questions');
});
const rows = async () => (await db.pool.query('SELECT reference FROM questions')).rows;

describe('when the database cannot be reached', () => {
  // Nothing listens on port 9: as if the database server were down.
  const down = createPool('postgres://postgres@127.0.0.1:9/none', { connectTimeoutMs: 500 });
  const handle = createFormEndpoint(
    questionForm(() => down, null),
    { logger: log },
  );
  afterAll(() => down.end());

  it('answers JSON with 503 and Retry-After', async () => {
    const response = await handle(jsonRequest(PATH, validQuestion, { 'Idempotency-Key': 'down-0001-aaaa' }));
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers a plain form with a 503 page in its language that says it was not sent', async () => {
    const response = await handle(formRequest(PATH, questionFields({ locale: 'tr' })));
    expect(response.status).toBe(503);
    const page = await response.text();
    expect(page).toContain('<html lang="tr" dir="ltr">');
    expect(page).toContain('/tr/stel-je-vraag/');
  });

  it('logs the failure without the submitted text', () => {
    expect(log.lines.some((l) => l.event === 'question.store_failed')).toBe(true);
    expect(log.text()).not.toContain(validQuestion.question);
  });
});

describe.runIf(!process.env.TEST_DATABASE_URL)('an outage and recovery (PGlite)', () => {
  it('503 while down, nothing half-written, and the retry with the same key succeeds once back', async () => {
    const handle = createFormEndpoint(
      questionForm(() => db.pool, null),
      { logger: log },
    );
    await db.pause!();
    const first = await handle(jsonRequest(PATH, validQuestion, { 'Idempotency-Key': 'outage-0001-aa' }));
    expect(first.status).toBe(503);
    await db.resume!();
    const retry = await handle(jsonRequest(PATH, validQuestion, { 'Idempotency-Key': 'outage-0001-aa' }));
    expect(retry.status).toBe(201);
    expect(await rows()).toHaveLength(1);
  });
});

describe('a crash after the insert, before the answer', () => {
  it('the retry returns the same reference and there is one row', async () => {
    const form = questionForm(() => db.pool, null);
    let crash = true;
    const crashing = createFormEndpoint(
      {
        ...form,
        store: async (values, meta) => {
          const stored = await form.store(values, meta);
          if (crash) {
            crash = false;
            throw new Error('process died after commit');
          }
          return stored;
        },
      },
      { logger: log },
    );
    const first = await crashing(jsonRequest(PATH, validQuestion, { 'Idempotency-Key': 'crash-0001-aa' }));
    expect(first.status).toBe(503);
    const [stored] = await rows();
    const retry = await crashing(jsonRequest(PATH, validQuestion, { 'Idempotency-Key': 'crash-0001-aa' }));
    expect(retry.status).toBe(201);
    expect(((await retry.json()) as { reference: string }).reference).toBe(stored.reference);
    expect(await rows()).toHaveLength(1);
  });
});

describe('a slow database', () => {
  it('the function still answers within a bounded time (503), and the retry succeeds once it is fast again', async () => {
    const { slowProxy } = await import('../../support/slow-proxy.ts');
    const proxy = await slowProxy(db.url, 2_000);
    const pool = createPool(proxy.url, { connectTimeoutMs: 1_000, queryTimeoutMs: 1_000 });
    const handle = createFormEndpoint(
      questionForm(() => pool, null),
      { logger: log },
    );
    const started = performance.now();
    const slow = await handle(jsonRequest(PATH, validQuestion, { 'Idempotency-Key': 'slow-0001-aaaa' }));
    const seconds = (performance.now() - started) / 1000;
    expect(slow.status).toBe(503);
    expect(seconds).toBeLessThan(3);
    proxy.setDelay(0);
    await new Promise((r) => setTimeout(r, 2_500)); // let the slow statement finish on the server
    const retry = await handle(jsonRequest(PATH, validQuestion, { 'Idempotency-Key': 'slow-0001-aaaa' }));
    expect(retry.status).toBe(201);
    expect(
      (
        await db.pool.query(
          "SELECT count(*)::int AS n FROM questions WHERE idempotency_key = 'slow-0001-aaaa'",
        )
      ).rows[0].n,
    ).toBe(1);
    await pool.end();
    await proxy.close();
  });
});
