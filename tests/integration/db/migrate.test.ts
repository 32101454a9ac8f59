import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/server/db/migrate.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.stop());

describe(`migrations (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  it('are applied once; running them again changes nothing', async () => {
    expect(await migrate(db.url)).toEqual([]);
    const { rows } = await db.pool.query('SELECT name FROM pgmigrations ORDER BY id');
    expect(rows.length).toBeGreaterThan(0);
  });

  it('store text byte for byte, whatever the script', async () => {
    const text = 'سؤال ትግርኛ 😀 e\u0301 \u200fRTL\u200e';
    const { rows } = await db.pool.query('SELECT $1::text AS t', [text]);
    expect(rows[0].t).toBe(text);
  });
});
