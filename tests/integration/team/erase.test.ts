/**
 * `team erase` on a real database: a sign-up goes with the rows every linked table keeps about it
 * (src/server/privacy/signup-data.ts), by reference and by e-mail address, all or nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bodyHash } from '../../../src/server/forms/body-hash.ts';
import { SIGNUP_LINKED_TABLES, type SignupLinkedTable } from '../../../src/server/privacy/signup-data.ts';
import { storeSignup } from '../../../src/server/signups/store.ts';
import { erase } from '../../../src/server/team/erase.ts';
import { signupFixture } from '../../../support/fixtures/signups.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';

let db: TestDatabase;
const where = process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite';
/** A table as a feature would add one (invitations), listed the way signup-data.ts lists them. */
const NOTES: SignupLinkedTable = {
  table: 'erase_test_notes',
  referenceColumn: 'signup_reference',
  label: 'note(s)',
};

beforeAll(async () => {
  db = await createTestDatabase();
  await db.pool.query(
    'CREATE TABLE erase_test_notes (id serial PRIMARY KEY, signup_reference text NOT NULL)',
  );
});
afterAll(async () => db?.stop());
beforeEach(async () => {
  await db.pool.query('DELETE FROM erase_test_notes');
  await db.pool.query('DELETE FROM expert_signups');
});

async function signUp(email: string): Promise<string> {
  const [s] = signupFixture(1, email.length);
  const signup = { ...s!, email };
  const { reference } = await storeSignup(db.pool, signup, { bodyHash: bodyHash(signup) });
  await db.pool.query('INSERT INTO erase_test_notes (signup_reference) VALUES ($1), ($1)', [reference]);
  return reference;
}
const count = async (table: string) =>
  Number((await db.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

describe(`team erase and linked tables (${where})`, () => {
  it('every listed table exists', async () => {
    for (const { table, referenceColumn } of SIGNUP_LINKED_TABLES)
      await db.pool.query(`SELECT ${referenceColumn} FROM ${table} LIMIT 0`);
  });

  it('by reference: the sign-up and its linked rows, nobody else’s', async () => {
    const mine = await signUp('mine@example.org');
    await signUp('other@example.org');
    const removed = await erase(db.pool, mine, [NOTES]);
    expect(removed).toEqual({ questions: [], signups: [mine], requests: [], linked: { 'note(s)': 2 } });
    expect(await count('expert_signups')).toBe(1);
    expect(await count('erase_test_notes')).toBe(2);
  });

  it('by e-mail address: the same', async () => {
    const mine = await signUp('mine@example.org');
    const removed = await erase(db.pool, ' MINE@example.org ', [NOTES]);
    expect(removed.signups).toEqual([mine]);
    expect(removed.linked).toEqual({ 'note(s)': 2 });
    expect(await count('erase_test_notes')).toBe(0);
  });

  it('all or nothing: a failing linked table leaves everything in place', async () => {
    await signUp('mine@example.org');
    const broken = { table: 'erase_test_notes', referenceColumn: 'no_such_column', label: 'x' };
    await expect(erase(db.pool, 'mine@example.org', [NOTES, broken])).rejects.toThrow();
    expect(await count('expert_signups')).toBe(1);
    expect(await count('erase_test_notes')).toBe(2);
  });
});
