/**
 * The team's tools end to end: `npm run team -- …` (scripts/team.ts) as a separate process against
 * a real database with 200 fixture sign-ups and a few questions — lists, exports with hostile
 * names escaped, the pool overview and suggestion, erase and purge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyHash } from '../../../src/server/forms/body-hash.ts';
import { storeQuestion } from '../../../src/server/questions/store.ts';
import { storeSignup } from '../../../src/server/signups/store.ts';
import { signupFixture } from '../../../support/fixtures/signups.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { runScript } from '../../../support/run-script.ts';

let db: TestDatabase;
const references: Record<string, string> = {};

const team = (...args: string[]) => runScript('scripts/team.ts', args, { DATABASE_URL: db.url });

const question = (over: Partial<Parameters<typeof storeQuestion>[1]> = {}) => ({
  locale: 'ar',
  question: 'هل يجب أن أدفع؟ Moet ik betalen?',
  channel: 'email',
  contact: 'hostile@example.org',
  name: '=HYPERLINK("http://evil.example","klik")',
  municipality: 'GM0363',
  answerLanguage: 'ar',
  status: 'new' as const,
  ...over,
});

beforeAll(async () => {
  db = await createTestDatabase();
  for (const s of signupFixture()) await storeSignup(db.pool, s, { bodyHash: bodyHash(s) });
  const hostile = { ...signupFixture(1, 7)[0]!, name: '+SUM(1,2)', email: 'plus@example.org' };
  references.hostileSignup = (await storeSignup(db.pool, hostile, { bodyHash: 'h1' })).reference;
  references.q1 = (
    await storeQuestion(db.pool, question(), { bodyHash: 'q1', idempotencyKey: 'q1-key-0001' })
  ).reference;
  references.q2 = (
    await storeQuestion(db.pool, question({ contact: 'other@example.org', name: null }), {
      bodyHash: 'q2',
      idempotencyKey: 'q2-key-0001',
    })
  ).reference;
  references.q3 = (
    await storeQuestion(db.pool, question({ status: 'suspect' }), {
      bodyHash: 'q3',
      idempotencyKey: 'q3-key-0001',
    })
  ).reference;
}, 120_000);
afterAll(async () => db?.stop());

describe('npm run team', () => {
  it('lists questions, by status', async () => {
    const all = await team('questions', 'list');
    expect(all.code).toBe(0);
    expect(all.out).toContain(references.q1);
    expect(all.out).toContain('3 question(s).');
    const suspect = await team('questions', 'list', '--status', 'suspect');
    expect(suspect.out).toContain('1 question(s).');
    const wrong = await team('questions', 'list', '--status', 'open');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Use one of: new, suspect, answered, closed');
  });

  it('shows a question and marks it answered', async () => {
    const show = await team('questions', 'show', references.q2!);
    expect(show.out).toContain('other@example.org');
    const answered = await team('questions', 'answered', references.q2!);
    expect(answered.out).toContain(`${references.q2} is now answered`);
    const bad = await team('questions', 'show', 'V-NOPE');
    expect(bad.err).toContain('It looks like V-7K3Q-9P');
  });

  it('exports CSV with formula-like cells made harmless, and JSON', async () => {
    const csv = await team('questions', 'export', '--format', 'csv');
    expect(csv.out).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(csv.out).not.toMatch(/(^|,)=HYPERLINK/m);
    const signups = await team('signups', 'export', '--format', 'csv');
    expect(signups.out).toContain(`"'+SUM(1,2)"`);
    expect(signups.out.split('\r\n').length).toBeGreaterThan(200);
    const json = JSON.parse((await team('signups', 'export', '--format', 'json')).out) as unknown[];
    expect(json).toHaveLength(201);
  });

  it('shows the pool composition and a suggested pool of 20, explained', async () => {
    const result = await team('pool', '--suggest', '20');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Expert pool sign-ups: 201 people');
    expect(result.out).toContain('Per province');
    expect(result.out).toContain('Years in the Netherlands');
    expect(result.out).toMatch(/Suggested pool of 20: 20 municipalities, \d+ provinces, 5 of 5 years bands/);
    expect(result.out).toContain('adds');
  });

  it('erases a person by e-mail address and says what it removed', async () => {
    const result = await team('erase', 'Hostile@Example.org');
    expect(result.out).toMatch(/Removed 2 question\(s\)/);
    expect(result.out).toContain(references.q1);
    const signup = await team('erase', references.hostileSignup!);
    expect(signup.out).toContain(`Removed 0 question(s)  and 1 sign-up(s) ${references.hostileSignup}`);
    const none = await team('erase', 'nobody@example.org');
    expect(none.out).toContain('Nothing was removed');
  });

  it('purges what is past its retention period', async () => {
    await db.pool.query(
      "UPDATE questions SET answered_at = now() - interval '91 days' WHERE reference = $1",
      [references.q2],
    );
    await db.pool.query(
      "UPDATE expert_signups SET updated_at = now() - interval '25 months' WHERE email = 'person0@example.org'",
    );
    const result = await team('purge');
    expect(result.out).toContain(
      'answered/closed questions after 90 days, suspect after 30 days, sign-ups after 24 months',
    );
    expect(result.out).toContain(`Removed 1 question(s) ${references.q2}`);
    expect(result.out).toMatch(/Removed 1 sign-up\(s\) E-/);
  });
});
