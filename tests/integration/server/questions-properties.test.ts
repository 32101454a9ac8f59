/**
 * Property tests (fast-check, 1,000 runs each) of the questions endpoint on a real database:
 * - whatever the body, the handler answers below 500 and never throws;
 * - every accepted question is stored byte for byte;
 * - every refused one stores nothing;
 * - none of the submitted values ever reaches the log.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';
import { createFormEndpoint } from '../../../src/server/forms/endpoint.ts';
import { questionForm } from '../../../src/server/questions/endpoint.ts';
import { captureLogger } from '../../../support/capture-log.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { readerText, validQuestionText } from '../../support/arbitraries.ts';
import { formRequest, jsonRequest, validQuestion } from '../../../support/requests.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
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

const count = async () => Number((await db.pool.query('SELECT count(*) AS n FROM questions')).rows[0].n);

const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  readerText(0, 50),
);
const fieldName = fc.oneof(fc.constantFrom(...Object.keys(validQuestion)), fc.string({ maxLength: 12 }));

describe(`questions endpoint properties (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'}, ${RUNS} runs each)`, () => {
  it('never answers 5xx and never throws, for any JSON or form body', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fieldName, anyValue, { maxKeys: 12 }),
        fc.boolean(),
        fc.option(fc.string({ minLength: 0, maxLength: 40 })),
        async (body, asForm, key) => {
          const request = asForm
            ? formRequest(
                PATH,
                Object.fromEntries(
                  Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)]),
                ),
              )
            : jsonRequest(PATH, body, key ? { 'Idempotency-Key': key } : {});
          const response = await handle(request);
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('stores every accepted question byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(
        validQuestionText,
        readerText(0, 100),
        fc.constantFrom(...LOCALE_CODES),
        fc.boolean(),
        async (question, name, locale, asForm) => {
          const values = {
            ...validQuestion,
            question,
            name: name.slice(0, 100),
            locale,
            answerLanguage: locale,
          };
          const response = asForm
            ? await handle(formRequest(PATH, { ...values, consent: 'yes' }))
            : await handle(jsonRequest(PATH, values, { 'Idempotency-Key': `prop-${crypto.randomUUID()}` }));
          expect([201, 303]).toContain(response.status);
          const reference = asForm
            ? new URL(response.headers.get('Location')!, 'https://x').searchParams.get('ref')
            : ((await response.json()) as { reference: string }).reference;
          const { rows } = await db.pool.query('SELECT question, name FROM questions WHERE reference = $1', [
            reference,
          ]);
          expect(rows[0].question).toBe(question);
          expect(rows[0].name).toBe(values.name.trim() === '' ? null : values.name);
          expect(Buffer.from(rows[0].question, 'utf8').equals(Buffer.from(question, 'utf8'))).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('stores nothing for a refused question', async () => {
    const before = await count();
    const invalid = fc.oneof(
      fc.record({ question: fc.string({ maxLength: 9 }) }),
      fc.record({ consent: fc.constant(false) }),
      fc.record({
        channel: fc.string({ maxLength: 5 }).filter((c) => !['email', 'phone', 'whatsapp'].includes(c)),
      }),
      fc.record({ contact: fc.string({ maxLength: 30 }).filter((c) => !c.includes('@')) }),
      fc.record({ question: fc.constant('x'.repeat(2001)) }),
      fc.record({ municipality: fc.string({ minLength: 1, maxLength: 8 }) }),
    );
    await fc.assert(
      fc.asyncProperty(invalid, async (override) => {
        const response = await handle(jsonRequest(PATH, { ...validQuestion, ...override }));
        expect(response.status).toBe(422);
      }),
      { numRuns: RUNS },
    );
    expect(await count()).toBe(before);
  });

  it('logged nothing that people typed', async () => {
    const { rows } = await db.pool.query('SELECT question, contact, name FROM questions');
    const logged = log.text();
    for (const row of rows) {
      for (const value of [row.question, row.contact, row.name]) {
        if (typeof value === 'string' && value.trim().length >= 6) expect(logged.includes(value)).toBe(false);
      }
    }
    expect(rows.length).toBeGreaterThan(100);
  });
});
