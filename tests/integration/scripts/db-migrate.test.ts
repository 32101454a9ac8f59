/**
 * `npm run db:migrate` as the Netlify build runs it (netlify.toml: before `astro build`): applies
 * the migrations to a fresh database; fails the build when it cannot; skips, saying so, only in a
 * deploy preview without a database.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';

function dbMigrate(env: Record<string, string | undefined>): Promise<{ code: number; out: string }> {
  const { DATABASE_URL: _url, CONTEXT: _context, ...rest } = process.env;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/db-migrate.ts'], {
      env: { ...rest, ...env } as NodeJS.ProcessEnv,
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

let fresh: TestDatabase;
beforeAll(async () => {
  fresh = await createTestDatabase({ migrated: false });
});
afterAll(async () => fresh?.stop());

describe('npm run db:migrate in a deploy', () => {
  it('migrates a fresh database, then finds nothing to do', async () => {
    const first = await dbMigrate({ DATABASE_URL: fresh.url, CONTEXT: 'production' });
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Applied: .*_questions, .*_expert-signups/);
    const { rows } = await fresh.pool.query(
      "SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('questions', 'expert_signups')",
    );
    expect(rows[0].n).toBe(2);
    expect((await dbMigrate({ DATABASE_URL: fresh.url, CONTEXT: 'production' })).out).toContain(
      'Nothing to apply',
    );
  });

  it('fails the build when the database cannot be reached, or when production has none', async () => {
    const unreachable = await dbMigrate({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
      CONTEXT: 'production',
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.out).toContain('nothing was applied');
    expect((await dbMigrate({ CONTEXT: 'production' })).code).toBe(2);
    expect((await dbMigrate({})).code).toBe(2);
  });

  it('skips in a deploy preview without a database, and says so', async () => {
    const preview = await dbMigrate({ CONTEXT: 'deploy-preview' });
    expect(preview.code).toBe(0);
    expect(preview.out).toContain('No DATABASE_URL in this deploy-preview build');
  });
});
