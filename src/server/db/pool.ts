/**
 * The PostgreSQL connection pool, from DATABASE_URL. One driver (pg) and one SQL dialect for the
 * embedded PGlite and for a real server. Pools stay small: serverless instances multiply them,
 * and the PGlite socket server runs one query at a time anyway.
 */
import pg from 'pg';

export type Pool = pg.Pool;

export interface PoolOptions {
  /** Maximum connections (PG_POOL_MAX, default 1). */
  max?: number;
  /** Give up connecting after this long, so a request fails fast with 503 (PG_CONNECT_TIMEOUT_MS, default 3 s). */
  connectTimeoutMs?: number;
  /** Give up on a query after this long (PG_QUERY_TIMEOUT_MS, default 5 s). */
  queryTimeoutMs?: number;
}

export function createPool(url: string, options: PoolOptions = {}): Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? Number(process.env.PG_POOL_MAX ?? 1),
    connectionTimeoutMillis: options.connectTimeoutMs ?? Number(process.env.PG_CONNECT_TIMEOUT_MS ?? 3_000),
    query_timeout: options.queryTimeoutMs ?? Number(process.env.PG_QUERY_TIMEOUT_MS ?? 5_000),
    idleTimeoutMillis: 10_000,
    // An idle connection does not keep the process alive. `netlify dev` (npm start) runs every
    // request in a new worker thread that ends only when nothing keeps it alive: with a 10-second
    // idle connection per worker, 300 requests held ~30 connections open and ran the embedded
    // database out of them (issue 16). On Netlify this changes nothing: the platform keeps
    // the instance, and its pool, between requests.
    allowExitOnIdle: true,
  });
  // An idle client losing its server (database restarted) must not crash the process.
  pool.on('error', () => undefined);
  return pool;
}

let shared: { url: string; pool: Pool } | undefined;

/** The process-wide pool for DATABASE_URL (functions and the team CLI). */
export function sharedPool(): Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set. Locally, npm start sets it to the embedded database.');
  if (!shared || shared.url !== url) shared = { url, pool: createPool(url) };
  return shared.pool;
}
