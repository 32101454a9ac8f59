import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS_DIR } from '../../../src/server/db/migrate.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';

const where = process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.stop());

describe(`migrations (${where})`, () => {
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

describe(`a deploy's migrations on a fresh database (${where})`, () => {
  let fresh: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    fresh = await createTestDatabase({ migrated: false });
    // The real migrations, then one that fails halfway through (its first statement works).
    dir = mkdtempSync(join(tmpdir(), 'wegwijzer-migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    writeFileSync(
      join(dir, '9999999999999_broken.sql'),
      '-- Up Migration\nCREATE TABLE half (id int);\nSELECT no_such_function();\n',
    );
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await fresh?.stop();
  });

  const tables = async () =>
    (
      await fresh.pool.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    ).rows.map((r) => r.tablename);

  it('a failing migration fails the run and leaves nothing applied, not even the ones before it', async () => {
    await expect(migrate(fresh.url, { dir })).rejects.toThrow();
    expect(await tables()).not.toContain('questions');
    expect(await tables()).not.toContain('half');
  });

  it('the same migrations without the broken one apply completely', async () => {
    const applied = await migrate(fresh.url);
    expect(applied.length).toBeGreaterThan(0);
    expect(await tables()).toEqual(expect.arrayContaining(['expert_signups', 'pgmigrations', 'questions']));
  });
});
