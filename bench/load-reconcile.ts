/**
 * Nothing lost, nothing duplicated: 5,000 submissions at 50 at a time against the handler, 5% sent
 * again with the same Idempotency-Key, 1% cut off after sending (the client retries); then the
 * client's log is reconciled with the table. On the real PostgreSQL server, and on PGlite with the
 * database stopped for a moment mid-run (the clients retry the 503s).
 */
import { createFormEndpoint } from '../src/server/forms/endpoint.ts';
import { questionForm } from '../src/server/questions/endpoint.ts';
import { startEmbeddedDatabase } from '../src/server/db/embedded.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { createPool } from '../src/server/db/pool.ts';
import { postgres } from './lib/databases.ts';
import { reconcile, runLoad } from '../support/load.ts';
import { report } from './lib/results.ts';
import { percentile, round } from './lib/stats.ts';

const N = Number(process.env.BENCH_LOAD_N ?? 5000);
const silent = { info: () => undefined, error: () => undefined };

export async function run(): Promise<void> {
  const rows: Record<string, unknown>[] = [];
  const server = await postgres();
  if (server) {
    const pool = server.pool(10);
    const result = await runLoad(
      createFormEndpoint(
        questionForm(() => pool, null),
        { logger: silent },
      ),
      { submissions: N, concurrency: 50, resendRate: 0.05, cutoffRate: 0.01 },
    );
    rows.push(summary('PostgreSQL', result, await reconcile(pool, result.records), 'none'));
    await server.stop();
  }
  const embedded = await startEmbeddedDatabase();
  await migrate(embedded.url);
  const pool = createPool(embedded.url, { max: 1, queryTimeoutMs: 30_000 });
  let stopped = false;
  const result = await runLoad(
    createFormEndpoint(
      questionForm(() => pool, null),
      { logger: silent },
    ),
    {
      submissions: N,
      concurrency: 50,
      resendRate: 0.05,
      cutoffRate: 0.01,
      onProgress: async (done) => {
        if (!stopped && done >= N / 3) {
          stopped = true;
          await embedded.pause();
          setTimeout(() => void embedded.resume(), 1_000);
        }
      },
    },
  );
  rows.push(summary('PGlite', result, await reconcile(pool, result.records), 'stopped 1 s at one third'));
  await pool.end();
  await embedded.stop();
  report(
    'load-reconcile',
    `Load and reconciliation: ${N} submissions at 50 concurrent, 5% resent, 1% cut off`,
    rows,
  );
}

function summary(
  database: string,
  result: Awaited<ReturnType<typeof runLoad>>,
  r: Awaited<ReturnType<typeof reconcile>>,
  fault: string,
) {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  return {
    database,
    fault,
    sent: r.sent,
    stored: r.stored,
    missing: r.missing.length,
    duplicated: r.duplicates.length,
    'not as sent': r.mismatched.length,
    'requests (with retries)': result.records.reduce((n, c) => n + c.attempts, 0),
    '503s retried': result.records.reduce((n, c) => n + c.statuses.filter((s) => s === 503).length, 0),
    'req/s': round(result.records.reduce((n, c) => n + c.attempts, 0) / result.seconds, 0),
    'p50 ms': round(percentile(sorted, 50)),
    'p99 ms': round(percentile(sorted, 99)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
