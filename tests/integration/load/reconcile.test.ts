/**
 * Nothing lost, nothing duplicated (small scale of bench/load-reconcile.ts): 600 submissions at 20
 * at a time, 5% sent again with the same key, 1% cut off after sending; then the client's log is
 * reconciled with the table. With PGlite the database is also stopped mid-run and started again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormEndpoint } from '../../../src/server/forms/endpoint.ts';
import { questionForm } from '../../../src/server/questions/endpoint.ts';
import { reconcile, runLoad } from '../../../support/load.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';

let db: TestDatabase;
const silent = { info: () => undefined, error: () => undefined };
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.stop());

describe(`load and reconciliation (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  it('600 submissions, 5% resent, 1% cut off: 0 missing, 0 duplicates, every row as sent', async () => {
    await db.pool.query('DELETE FROM questions');
    const handler = createFormEndpoint(
      questionForm(() => db.pool, null),
      { logger: silent },
    );
    let outage = false;
    const result = await runLoad(handler, {
      submissions: 600,
      concurrency: 20,
      resendRate: 0.05,
      cutoffRate: 0.01,
      onProgress: async (done) => {
        // The database stops for a moment in the middle of the run (PGlite only: a shared server is not ours to stop).
        if (db.pause && done === 200 && !outage) {
          outage = true;
          await db.pause();
          setTimeout(() => void db.resume!(), 300);
        }
      },
    });
    const report = await reconcile(db.pool, result.records);
    expect(report).toMatchObject({ sent: 600, stored: 600, missing: [], duplicates: [], mismatched: [] });
    expect(result.records.filter((r) => r.cutoff).every((r) => r.attempts >= 2)).toBe(true);
    expect(result.records.filter((r) => r.resent).length).toBe(30);
    if (db.pause) expect(result.records.some((r) => r.statuses.includes(503))).toBe(true);
  });
});
