/**
 * The databases a benchmark runs against: an in-process PGlite, and a real PostgreSQL server when
 * BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set and reachable — a fresh database each time.
 */
import pg from 'pg';
import { startEmbeddedDatabase } from '../../src/server/db/embedded.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { createPool, type Pool } from '../../src/server/db/pool.ts';
import { createScratchDatabase } from '../../support/scratch-database.ts';

export interface BenchDatabase {
  kind: 'PGlite' | 'PostgreSQL';
  url: string;
  pool(max: number): Pool;
  stop(): Promise<void>;
}

/** Hands out pools on `url` and closes them all before `release` on stop. */
function benchDatabase(
  kind: BenchDatabase['kind'],
  url: string,
  release: () => Promise<void>,
): BenchDatabase {
  const pools: Pool[] = [];
  return {
    kind,
    url,
    pool: (max) => {
      const pool = createPool(url, { max, queryTimeoutMs: 30_000 });
      pools.push(pool);
      return pool;
    },
    stop: async () => {
      await Promise.all(pools.map((p) => p.end()));
      await release();
    },
  };
}

export async function pglite(): Promise<BenchDatabase> {
  const db = await startEmbeddedDatabase();
  await migrate(db.url);
  return benchDatabase('PGlite', db.url, () => db.stop());
}

export async function postgres(): Promise<BenchDatabase | null> {
  const server =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/test';
  const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 2_000 });
  try {
    await admin.connect();
  } catch {
    console.log(`(no PostgreSQL server at ${server}: set BENCH_DATABASE_URL to include it)`);
    return null;
  }
  const scratch = await createScratchDatabase(admin, server, 'wegwijzer_bench');
  return benchDatabase('PostgreSQL', scratch.url, () => scratch.drop());
}
