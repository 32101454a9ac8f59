/**
 * A fresh, migrated database for one test file.
 * - Default: an in-process PGlite served over the wire protocol (same driver and SQL as production).
 * - TEST_DATABASE_URL set: a new database on that PostgreSQL server, dropped afterwards. If the
 *   server cannot be reached the tests fail; they never skip silently.
 */
import pg from 'pg';
import { startEmbeddedDatabase } from '../src/server/db/embedded.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { createPool, type Pool } from '../src/server/db/pool.ts';
import { createScratchDatabase } from './scratch-database.ts';

export interface TestDatabase {
  kind: 'pglite' | 'postgresql';
  url: string;
  pool: Pool;
  /** Stops the database server (PGlite) or drops the test database (PostgreSQL). */
  stop(): Promise<void>;
  /** PGlite only: stop answering but keep the data, to test an outage; then answer again. */
  pause?(): Promise<void>;
  resume?(): Promise<void>;
}

/** `migrated: false` gives an empty database, to test the migrations themselves. */
export async function createTestDatabase(
  options: { poolMax?: number; migrated?: boolean } = {},
): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5_000 });
    try {
      await admin.connect();
    } catch (error) {
      throw new Error(
        `TEST_DATABASE_URL is set but the server cannot be reached: ${(error as Error).message}`,
        { cause: error },
      );
    }
    const scratch = await createScratchDatabase(admin, server, 'wegwijzer_test', { migrated });
    const pool = createPool(scratch.url, { max: options.poolMax ?? 4 });
    return {
      kind: 'postgresql',
      url: scratch.url,
      pool,
      async stop() {
        await pool.end();
        await scratch.drop();
      },
    };
  }
  const db = await startEmbeddedDatabase();
  if (migrated) await migrate(db.url);
  const pool = createPool(db.url, { max: options.poolMax ?? 1 });
  return {
    kind: 'pglite',
    url: db.url,
    pool,
    stop: async () => (await pool.end(), await db.stop()),
    pause: () => db.pause(),
    resume: () => db.resume(),
  };
}
