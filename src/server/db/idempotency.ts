/**
 * Shared pieces of "a retry never creates a duplicate": what a reused Idempotency-Key means, and
 * retrying the rare collision of a random reference.
 */
import type { PoolClient } from 'pg';
import type { Pool } from './pool.ts';

/** The same Idempotency-Key was sent before with a different body. */
export class IdempotencyConflict extends Error {
  constructor() {
    super('idempotencyConflict');
  }
}

export interface StoreMeta {
  /** From the Idempotency-Key header (JavaScript); absent for plain HTML forms. */
  idempotencyKey?: string;
  /** SHA-256 of the validated values. */
  bodyHash: string;
}

export interface StoreResult {
  reference: string;
  /** False when an earlier identical submission was found (a retry or a double post). */
  created: boolean;
  /** True when an existing record was updated (expert sign-up with a known e-mail address). */
  updated?: boolean;
}

/** Looks up an earlier submission with this key; throws IdempotencyConflict if its body differs. */
export async function replayOf(
  db: Pool | PoolClient,
  table: string,
  meta: StoreMeta,
): Promise<StoreResult | null> {
  if (!meta.idempotencyKey) return null;
  const { rows } = await db.query<{ reference: string; body_hash: string }>(
    `SELECT reference, body_hash FROM ${table} WHERE idempotency_key = $1`,
    [meta.idempotencyKey],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.body_hash !== meta.bodyHash) throw new IdempotencyConflict();
  return { reference: row.reference, created: false };
}

/**
 * Inserts with a fresh random reference. `insert` must use ON CONFLICT DO NOTHING and return null
 * when a row was not inserted: then either the Idempotency-Key was taken (the replay is returned)
 * or the reference collided (tried again with another). No exception, so this is safe inside a
 * transaction.
 */
export async function insertOnce(
  db: Pool | PoolClient,
  table: string,
  meta: StoreMeta,
  newReference: () => string,
  insert: (reference: string) => Promise<string | null>,
): Promise<StoreResult> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const reference = await insert(newReference());
    if (reference) return { reference, created: true };
    const replay = await replayOf(db, table, meta);
    if (replay) return replay;
  }
  throw new Error(`Could not insert into ${table}: every attempt conflicted.`);
}

/** Runs work in a transaction on one connection. */
export async function transaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A connection lost while checked out (the database restarting) fails the running query, and
  // pg also emits 'error' on the client: without a listener that event crashed the process.
  const lost = () => undefined;
  client.on('error', lost);
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw error;
  } finally {
    client.off('error', lost);
    // A connection that could not even roll back is not given to the next request.
    client.release(broken);
  }
}
