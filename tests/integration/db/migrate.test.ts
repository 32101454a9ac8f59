import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

describe(`the contact normal form, filled in for rows from before its migration (${where})`, () => {
  let old: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    old = await createTestDatabase({ migrated: false });
    // The schema as it was before issue 16: only the first two migrations.
    dir = mkdtempSync(join(tmpdir(), 'wegwijzer-migrations-'));
    for (const file of readdirSync(MIGRATIONS_DIR).sort().slice(0, 2))
      cpSync(join(MIGRATIONS_DIR, file), join(dir, file));
    await migrate(old.url, { dir });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await old?.stop();
  });

  it('computes it in JavaScript for every existing question and sign-up', async () => {
    await old.pool.query(
      `INSERT INTO questions (reference, locale, question, channel, contact, answer_language, body_hash)
       VALUES ('V-2345-6Q', 'nl', 'Vraag', 'email', E'\\t İlker@Example.org\\n', 'nl', 'h')`,
    );
    await old.pool.query(
      `INSERT INTO expert_signups (reference, locale, name, email, email_normalized, municipality, province,
                                   arrival_year, languages, experience, availability, body_hash)
       VALUES ('E-2345-6Q', 'nl', 'Amal', E'\\u00a0ＡＭＡＬ@example.org', 'ＡＭＡＬ@example.org', 'GM0363',
               'Noord-Holland', 2016, '{ar}', '{new_law}', '{online}', 'h')`,
    );
    await migrate(old.url);
    const question = await old.pool.query('SELECT contact, contact_normalized FROM questions');
    expect(question.rows[0]).toEqual({
      contact: '\t İlker@Example.org\n',
      contact_normalized: 'i\u0307lker@example.org',
    });
    const signup = await old.pool.query('SELECT email_normalized, confirmed_at FROM expert_signups');
    expect(signup.rows[0]).toEqual({ email_normalized: 'amal@example.org', confirmed_at: null });
  });
});
