/**
 * Erase finds every spelling of an address (issue 16: 4 of 7 spellings survived `team erase`, on
 * PGlite and PostgreSQL, because SQL's lower(trim()) and JavaScript disagreed). Questions, sign-ups
 * and sign-ups waiting for confirmation are stored with one spelling and erased with another:
 * the seven of the report, then fast-check over whitespace, control and format characters, case
 * and Unicode compatibility variants. Run with TEST_DATABASE_URL for PostgreSQL.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { normalizeContact } from '../../../src/lib/normal-contact.ts';
import { storeQuestion } from '../../../src/server/questions/store.ts';
import { storeSignupRequest } from '../../../src/server/signups/request.ts';
import { storeSignup } from '../../../src/server/signups/store.ts';
import { erase } from '../../../src/server/team/erase.ts';
import { signupFixture } from '../../../support/fixtures/signups.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';

const where = process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite';
let db: TestDatabase;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.stop());
beforeEach(async () => {
  for (const table of ['questions', 'signup_confirmations', 'expert_signups'])
    await db.pool.query(`DELETE FROM ${table}`);
});

async function storeAll(question: string, signup: string, request: string) {
  n++;
  await storeQuestion(
    db.pool,
    {
      locale: 'tr',
      question: 'Moet ik betalen?',
      channel: 'email',
      contact: question,
      name: null,
      municipality: null,
      answerLanguage: 'tr',
      status: 'new',
    },
    { bodyHash: `q${n}`, idempotencyKey: `erase-q-${n}-key` },
  );
  const [s] = signupFixture(1, n);
  await storeSignup(db.pool, { ...s!, email: signup }, { bodyHash: `s${n}` });
  await storeSignupRequest(
    db.pool,
    { ...s!, email: request },
    { bodyHash: `r${n}`, idempotencyKey: `erase-r-${n}-key` },
    7,
  );
}

async function left(): Promise<number> {
  const { rows } = await db.pool.query(
    `SELECT (SELECT count(*) FROM questions) + (SELECT count(*) FROM expert_signups)
          + (SELECT count(*) FROM signup_confirmations) AS n`,
  );
  return Number(rows[0].n);
}

describe(`erase by e-mail address finds every spelling (${where})`, () => {
  it('the seven spellings of the report', async () => {
    const spellings = [
      'ilker@example.org',
      '\tilker@example.org',
      'ilker@example.org\n',
      '\u00a0ilker@example.org',
      'ILKER@EXAMPLE.ORG',
      ' Ilker@Example.org ',
      'ｉｌｋｅｒ@example.org',
    ];
    for (const [i, spelling] of spellings.entries())
      await storeAll(spelling, spellings[(i + 1) % 7]!, spellings[(i + 2) % 7]!);
    const removed = await erase(db.pool, 'Ilker@example.org');
    expect(removed.questions).toHaveLength(7);
    expect(removed.signups).toHaveLength(1);
    expect(removed.requests).toHaveLength(7);
    expect(await left()).toBe(0);
  });

  it('İ, typed with or without the dot, in any case', async () => {
    for (const spelling of ['İlker@example.org', '\tİLKER@example.org', 'i̇lker@example.org '])
      await storeAll(spelling, spelling, spelling);
    await erase(db.pool, 'İLKER@EXAMPLE.ORG');
    expect(await left()).toBe(0);
  });

  it('rows written without a normal form (the previous deploy, while this one went live)', async () => {
    await storeAll('\tamal@example.org', 'amal@example.org', 'amal@example.org');
    await db.pool.query('UPDATE questions SET contact_normalized = NULL');
    await db.pool.query("UPDATE expert_signups SET email_normalized = ' AMAL@example.org'");
    await erase(db.pool, 'amal@example.org');
    expect(await left()).toBe(0);
  });

  it('property: stored with one variant, erased with another, nothing is left', async () => {
    const edge = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\u00a0',
      '\u2007',
      '\u3000',
      '\u200b',
      '\u200e',
      '\ufeff',
      '\u0085',
      '\u000b',
    );
    const edges = fc.array(edge, { maxLength: 3 }).map((a) => a.join(''));
    const local = fc.stringMatching(/^[a-z][a-z0-9._-]{0,10}$/);
    const variant = (address: string) =>
      fc
        .tuple(
          edges,
          edges,
          fc.array(fc.integer({ min: 0, max: 2 }), { minLength: address.length, maxLength: address.length }),
        )
        .map(
          ([pre, post, styles]) =>
            pre +
            [...address]
              .map((c, i) =>
                styles[i] === 1
                  ? c.toUpperCase()
                  : styles[i] === 2 && /[a-z]/.test(c)
                    ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0)
                    : c,
              )
              .join('') +
            post,
        );
    await fc.assert(
      fc.asyncProperty(
        local.chain((name) => {
          const address = `${name}@example.org`;
          return fc.tuple(
            fc.constant(address),
            variant(address),
            variant(address),
            variant(address),
            variant(address),
          );
        }),
        async ([address, inQuestion, inSignup, inRequest, typedForErase]) => {
          expect(normalizeContact(typedForErase)).toBe(address);
          await storeAll(inQuestion, inSignup, inRequest);
          // Someone else's data stays.
          await storeAll('ander@example.org', 'ander@example.org', 'ander@example.org');
          await erase(db.pool, typedForErase);
          const { rows } = await db.pool.query(
            `SELECT (SELECT count(*) FROM questions WHERE contact_normalized = $1)
                  + (SELECT count(*) FROM expert_signups WHERE email_normalized = $1)
                  + (SELECT count(*) FROM signup_confirmations WHERE email_normalized = $1) AS mine,
                    (SELECT count(*) FROM questions WHERE contact_normalized = 'ander@example.org') AS other`,
            [address],
          );
          expect(Number(rows[0].mine)).toBe(0);
          expect(Number(rows[0].other)).toBeGreaterThan(0);
        },
      ),
      { numRuns: 40 },
    );
  });
});
