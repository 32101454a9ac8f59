/** A new database on a PostgreSQL server (migrated unless asked not to), for one test file or one benchmark run. */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { migrate } from '../src/server/db/migrate.ts';

/**
 * Creates `<prefix>_<random>` through `admin` (already connected to `server`) and migrates it.
 * `drop()` removes it — even with connections still open — and closes `admin`.
 */
export async function createScratchDatabase(
  admin: pg.Client,
  server: string,
  prefix: string,
  options: { migrated?: boolean } = {},
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  if (options.migrated ?? true) await migrate(url.href);
  return {
    url: url.href,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
