/**
 * Function throughput and latency, in process: the questions handler called with Request objects
 * against PGlite and PostgreSQL, at 1, 10 and 50 concurrent submissions, beside a baseline handler
 * that only parses the JSON and answers (the ratio shows what validation and storage cost).
 *   npm run bench -- function-throughput        (BENCH_N=1000 requests per cell)
 */
import { createFormEndpoint } from '../src/server/forms/endpoint.ts';
import { json } from '../src/server/http/responses.ts';
import { questionForm } from '../src/server/questions/endpoint.ts';
import { pglite, postgres, type BenchDatabase } from './lib/databases.ts';
import { report } from './lib/results.ts';
import { percentile, round } from './lib/stats.ts';
import { jsonRequest, validQuestion } from '../support/requests.ts';

const N = Number(process.env.BENCH_N ?? 1000);
const LEVELS = [1, 10, 50];
const silent = { info: () => undefined, error: () => undefined };

type Handler = (request: Request) => Promise<Response>;

async function baseline(request: Request): Promise<Response> {
  const body = (await request.json()) as Record<string, unknown>;
  return json(201, { reference: 'V-BASE-L1', echo: Object.keys(body).length });
}

async function drive(
  handler: Handler,
  concurrency: number,
  n: number,
): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const request = jsonRequest(
          '/api/questions',
          { ...validQuestion, question: `Vraag nummer ${i} over inburgeren en de lessen.` },
          { 'Idempotency-Key': `bench-${i}-${crypto.randomUUID()}` },
        );
        const t0 = performance.now();
        const response = await handler(request);
        latencies.push(performance.now() - t0);
        if (response.status !== 201) errors++;
        await response.arrayBuffer();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: n / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

export async function run(): Promise<void> {
  const rows: Record<string, unknown>[] = [];
  const databases = [await pglite(), await postgres()].filter((d): d is BenchDatabase => d !== null);
  for (const db of databases) {
    for (const concurrency of LEVELS) {
      // PGlite runs one query at a time; a real server gets a small pool like a function instance would.
      const pool = db.pool(db.kind === 'PGlite' ? 1 : Math.min(concurrency, 10));
      const handler = createFormEndpoint(
        questionForm(() => pool, null),
        { logger: silent },
      );
      await drive(handler, concurrency, Math.min(50, N)); // warm-up
      const real = await drive(handler, concurrency, N);
      const base = await drive(baseline, concurrency, N);
      rows.push({
        database: db.kind,
        concurrency,
        requests: N,
        'req/s': round(real.rps, 0),
        'p50 ms': round(real.p50),
        'p99 ms': round(real.p99),
        errors: real.errors,
        'baseline req/s': round(base.rps, 0),
        'baseline p50 ms': round(base.p50, 3),
        'cost ×(p50)': round(real.p50 / base.p50, 0),
      });
    }
    await db.stop();
  }
  report(
    'function-throughput',
    `Function throughput and latency (in process, ${N} submissions per cell)`,
    rows,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
