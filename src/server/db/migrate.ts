/**
 * Applies the SQL migrations in db/migrations/ with node-pg-migrate: all pending ones in one
 * transaction, so a failing migration leaves the database as it was (never half-applied), and an
 * advisory lock keeps two starts from migrating at once. Used at start, in tests, and by
 * `npm run db:migrate` (the production build, see README.md "Deploying").
 */
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import { fillNormalForms } from './normal-forms.ts';
import { createPool } from './pool.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../db/migrations/', import.meta.url));

export async function migrate(
  databaseUrl: string,
  options: { log?: (msg: string) => void; dir?: string } = {},
): Promise<string[]> {
  const applied = await runner({
    databaseUrl,
    dir: options.dir ?? MIGRATIONS_DIR,
    direction: 'up',
    migrationsTable: 'pgmigrations',
    count: Infinity,
    checkOrder: true,
    singleTransaction: true,
    log: options.log ?? (() => undefined),
    verbose: false,
  });
  // The normal forms of contacts are computed in JavaScript (src/lib/normal-contact.ts), so the
  // SQL migrations cannot fill them: this does, for rows a migration added a column to and rows the
  // previous deploy's functions wrote. Only with this project's migrations (tests use others).
  if ((options.dir ?? MIGRATIONS_DIR) === MIGRATIONS_DIR) {
    const pool = createPool(databaseUrl, { max: 1, queryTimeoutMs: 120_000 });
    try {
      await fillNormalForms(pool);
    } finally {
      await pool.end();
    }
  }
  return applied.map((m) => m.name);
}
