/**
 * A load of question submissions from simulated clients, and the reconciliation of what the
 * clients believe was stored with what the table holds. Clients behave like the island: each has
 * an Idempotency-Key; some send twice (a double click, a retry after a timeout); some lose the
 * answer after sending (cut off) and retry; 503s and network errors are retried with backoff.
 */
import { randomUUID } from 'node:crypto';
import type { Pool } from '../src/server/db/pool.ts';
import { jsonRequest, validQuestion } from './requests.ts';

export interface LoadOptions {
  submissions: number;
  concurrency: number;
  /** Share of clients that send the same submission again after success. */
  resendRate: number;
  /** Share of clients whose first answer is lost after the server got the request. */
  cutoffRate: number;
  /** Called with the number done so far (to stop the database mid-run, say). */
  onProgress?: (done: number) => Promise<void> | void;
  maxAttempts?: number;
  retryDelayMs?: number;
}

export interface ClientRecord {
  key: string;
  question: string;
  reference?: string;
  attempts: number;
  resent: boolean;
  cutoff: boolean;
  /** Status codes seen, in order. */
  statuses: number[];
}

export interface LoadResult {
  records: ClientRecord[];
  seconds: number;
  latenciesMs: number[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runLoad(
  handler: (request: Request) => Promise<Response>,
  options: LoadOptions,
): Promise<LoadResult> {
  const { submissions, concurrency, resendRate, cutoffRate, maxAttempts = 30, retryDelayMs = 50 } = options;
  // Deterministic choice of who resends / is cut off: every 1/rate-th client.
  const every = (rate: number, i: number) => rate > 0 && i % Math.round(1 / rate) === 0;
  const records: ClientRecord[] = Array.from({ length: submissions }, (_, i) => ({
    key: `load-${i}-${randomUUID()}`,
    question: `Vraag ${i}: هل يمكنني الحصول على وقت إضافي؟ ትግርኛ ${i % 7 === 0 ? '😀' : ''}`,
    attempts: 0,
    resent: every(resendRate, i + 3),
    cutoff: every(cutoffRate, i + 11),
    statuses: [],
  }));
  const latencies: number[] = [];
  let next = 0;
  let done = 0;
  const send = async (record: ClientRecord): Promise<Response> => {
    record.attempts++;
    const t0 = performance.now();
    const response = await handler(
      jsonRequest(
        '/api/questions',
        { ...validQuestion, question: record.question },
        { 'Idempotency-Key': record.key },
      ),
    );
    latencies.push(performance.now() - t0);
    record.statuses.push(response.status);
    return response;
  };
  const until201 = async (record: ClientRecord): Promise<string> => {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const response = await send(record);
      if (response.status === 201) return ((await response.json()) as { reference: string }).reference;
      await response.arrayBuffer();
      if (response.status < 500) throw new Error(`client ${record.key}: unexpected ${response.status}`);
      await sleep(retryDelayMs * Math.min(8, 2 ** attempt));
    }
    throw new Error(`client ${record.key}: gave up after ${maxAttempts} attempts`);
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < records.length) {
        const record = records[next++]!;
        if (record.cutoff) {
          // The request reaches the server, but the answer never reaches the client.
          const lost = await send(record);
          await lost.arrayBuffer();
        }
        record.reference = await until201(record);
        if (record.resent) {
          const again = await until201(record);
          if (again !== record.reference)
            throw new Error(`client ${record.key}: resend got ${again}, first ${record.reference}`);
        }
        done++;
        await options.onProgress?.(done);
      }
    }),
  );
  return { records, seconds: (performance.now() - started) / 1000, latenciesMs: latencies };
}

export interface Reconciliation {
  sent: number;
  stored: number;
  missing: string[];
  duplicates: string[];
  mismatched: string[];
}

/** Compares the clients' log with the table: every client exactly one row, equal to what it sent. */
export async function reconcile(pool: Pool, records: ClientRecord[]): Promise<Reconciliation> {
  const { rows } = await pool.query<{ reference: string; idempotency_key: string; question: string }>(
    "SELECT reference, idempotency_key, question FROM questions WHERE idempotency_key LIKE 'load-%'",
  );
  const byKey = new Map<string, typeof rows>();
  for (const row of rows) byKey.set(row.idempotency_key, [...(byKey.get(row.idempotency_key) ?? []), row]);
  const missing: string[] = [];
  const duplicates: string[] = [];
  const mismatched: string[] = [];
  for (const record of records) {
    const found = byKey.get(record.key) ?? [];
    if (found.length === 0) missing.push(record.key);
    if (found.length > 1) duplicates.push(record.key);
    if (found[0] && (found[0].reference !== record.reference || found[0].question !== record.question))
      mismatched.push(record.key);
  }
  const references = new Set(rows.map((r) => r.reference));
  if (references.size !== rows.length) duplicates.push('(duplicate references)');
  return { sent: records.length, stored: rows.length, missing, duplicates, mismatched };
}
