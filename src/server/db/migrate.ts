/**
 * Applies the SQL migrations in db/migrations/ with node-pg-migrate (an advisory lock keeps two
 * starts from migrating at once). Used at start, in tests, and by `npm run db:migrate`.
 */
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../db/migrations/', import.meta.url));

export async function migrate(databaseUrl: string, options: { log?: (msg: string) => void } = {}): Promise<string[]> {
  const applied = await runner({
    databaseUrl,
    dir: MIGRATIONS_DIR,
    direction: 'up',
    migrationsTable: 'pgmigrations',
    count: Infinity,
    checkOrder: true,
    log: options.log ?? (() => undefined),
    verbose: false,
  });
  return applied.map((m) => m.name);
}
