/** The retention rules (the same code the daily function and `team purge` run), at their boundaries. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionConfig } from '../../../src/config/retention.ts';
import { purge } from '../../../src/server/retention/purge.ts';
import { storeQuestion } from '../../../src/server/questions/store.ts';
import { storeSignupRequest } from '../../../src/server/signups/request.ts';
import { storeSignup } from '../../../src/server/signups/store.ts';
import { storeFeedback } from '../../../src/server/feedback/store.ts';
import { signupFixture } from '../../../support/fixtures/signups.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.stop());

const DAY = 86_400_000;
const q = (status: 'new' | 'suspect', key: string) =>
  storeQuestion(
    db.pool,
    {
      locale: 'nl',
      question: 'Een vraag om te bewaren.',
      channel: 'phone',
      contact: '0612345678',
      name: null,
      municipality: null,
      answerLanguage: 'nl',
      status,
    },
    { bodyHash: key, idempotencyKey: key },
  );

describe('retention', () => {
  it('removes answered/closed questions after 90 days, suspect after 30, sign-ups after 24 months, sign-up requests after 7 days, feedback after 12 months — and nothing else', async () => {
    const now = new Date();
    const keep = await q('new', 'keep-new-000001');
    const answeredOld = await q('new', 'answered-old-01');
    const answeredRecent = await q('new', 'answered-new-01');
    const closedOld = await q('new', 'closed-old-0001');
    const suspectOld = await q('suspect', 'suspect-old-001');
    const suspectRecent = await q('suspect', 'suspect-new-001');
    const set = (ref: string, sql: string, at: Date) =>
      db.pool.query(`UPDATE questions SET ${sql} WHERE reference = $2`, [at, ref]);
    await set(
      answeredOld.reference,
      "status = 'answered', answered_at = $1",
      new Date(now.getTime() - 91 * DAY),
    );
    await set(
      answeredRecent.reference,
      "status = 'answered', answered_at = $1",
      new Date(now.getTime() - 89 * DAY),
    );
    await set(closedOld.reference, "status = 'closed', closed_at = $1", new Date(now.getTime() - 120 * DAY));
    await set(suspectOld.reference, 'created_at = $1', new Date(now.getTime() - 31 * DAY));
    await set(suspectRecent.reference, 'created_at = $1', new Date(now.getTime() - 29 * DAY));
    await db.pool.query(
      "UPDATE questions SET created_at = now() - interval '400 days' WHERE reference = $1",
      [keep.reference],
    );

    const [oldSignup, newSignup] = signupFixture(2, 9);
    const s1 = await storeSignup(db.pool, oldSignup!, { bodyHash: 's1' });
    const s2 = await storeSignup(db.pool, newSignup!, { bodyHash: 's2' });
    await db.pool.query(
      "UPDATE expert_signups SET updated_at = now() - interval '24 months 1 day' WHERE reference = $1",
      [s1.reference],
    );
    await db.pool.query(
      "UPDATE expert_signups SET updated_at = now() - interval '23 months' WHERE reference = $1",
      [s2.reference],
    );

    // Sign-up requests (waiting for their confirmation): 7 days after they were sent.
    const oldRequest = await storeSignupRequest(
      db.pool,
      oldSignup!,
      { bodyHash: 'r1', idempotencyKey: 'request-old-1' },
      7,
      new Date(now.getTime() - 7 * DAY - 60_000),
    );
    const newRequest = await storeSignupRequest(
      db.pool,
      newSignup!,
      { bodyHash: 'r2', idempotencyKey: 'request-new-1' },
      7,
      new Date(now.getTime() - 7 * DAY + 60_000),
    );
    const feedback = (key: string) =>
      storeFeedback(
        db.pool,
        {
          page: '/nl/pip/',
          locale: 'nl',
          translation: 'source',
          answer: 'yes',
          category: null,
          text: null,
          status: 'new',
        },
        { bodyHash: key, idempotencyKey: key },
      );
    const f1 = await feedback('feedback-old-01');
    const f2 = await feedback('feedback-new-01');
    await db.pool.query(
      "UPDATE feedback SET created_at = now() - interval '12 months 1 day' WHERE reference = $1",
      [f1.reference],
    );
    await db.pool.query(
      "UPDATE feedback SET created_at = now() - interval '11 months' WHERE reference = $1",
      [f2.reference],
    );

    const removed = await purge(db.pool, retentionConfig({}), now);
    expect(removed.feedback).toEqual([f1.reference]);
    expect(removed.questions).toEqual([answeredOld.reference, closedOld.reference].sort());
    expect(removed.suspectQuestions).toEqual([suspectOld.reference]);
    expect(removed.signups).toEqual([s1.reference]);
    expect(removed.signupRequests).toEqual([oldRequest.reference]);
    expect(
      (await db.pool.query('SELECT reference FROM signup_confirmations')).rows.map((r) => r.reference),
    ).toEqual([newRequest.reference]);
    const left = (await db.pool.query('SELECT reference FROM questions')).rows.map((r) => r.reference).sort();
    expect(left).toEqual([keep.reference, answeredRecent.reference, suspectRecent.reference].sort());
    expect(await purge(db.pool, retentionConfig({}), now)).toEqual({
      questions: [],
      suspectQuestions: [],
      signups: [],
      signupRequests: [],
      sessions: [],
      feedback: [],
    });
  });
});
