/**
 * The databases a benchmark runs against: an in-process PGlite, and a real PostgreSQL server when
 * BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set and reachable — a fresh database each time.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedDatabase } from '../../src/server/db/embedded.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { createPool, type Pool } from '../../src/server/db/pool.ts';

export interface BenchDatabase {
  kind: 'PGlite' | 'PostgreSQL';
  url: string;
  pool(max: number): Pool;
  stop(): Promise<void>;
}

export async function pglite(): Promise<BenchDatabase> {
  const db = await startEmbeddedDatabase();
  await migrate(db.url);
  const pools: Pool[] = [];
  return {
    kind: 'PGlite',
    url: db.url,
    pool: (max) => {
      const pool = createPool(db.url, { max, queryTimeoutMs: 30_000 });
      pools.push(pool);
      return pool;
    },
    stop: async () => {
      await Promise.all(pools.map((p) => p.end()));
      await db.stop();
    },
  };
}

export async function postgres(): Promise<BenchDatabase | null> {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 2_000 });
  try {
    await admin.connect();
  } catch {
    console.log(`(no PostgreSQL server at ${server}: set BENCH_DATABASE_URL to include it)`);
    return null;
  }
  const name = `wegwijzer_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  await migrate(url.href);
  const pools: Pool[] = [];
  return {
    kind: 'PostgreSQL',
    url: url.href,
    pool: (max) => {
      const pool = createPool(url.href, { max, queryTimeoutMs: 30_000 });
      pools.push(pool);
      return pool;
    },
    stop: async () => {
      await Promise.all(pools.map((p) => p.end()));
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
