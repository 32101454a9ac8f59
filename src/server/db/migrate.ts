/**
 * Applies the SQL migrations in db/migrations/ with node-pg-migrate: all pending ones in one
 * transaction, so a failing migration leaves the database as it was (never half-applied), and an
 * advisory lock keeps two starts from migrating at once. Used at start, in tests, and by
 * `npm run db:migrate` (the production build, see README.md "Deploying").
 */
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';

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
  return applied.map((m) => m.name);
}
