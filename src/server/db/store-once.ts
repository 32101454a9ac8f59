/**
 * Storing a submission once — for any form whose every submission is a new row (questions; a
 * feedback form would use it as it is). Acknowledged only after this returns: the INSERT has committed.
 * - With an Idempotency-Key: the same key and body return the first reference; nothing new is stored.
 * - Without one (a plain HTML form): identical submissions within the target's window (10 minutes
 *   unless it says otherwise) return the first reference. An advisory lock on the body hash keeps
 *   two simultaneous posts from both inserting.
 * The table needs the columns reference, created_at, idempotency_key (unique), body_hash and one
 * per key of the record (see columns.ts).
 */
import type { PoolClient } from 'pg';
import { newReference } from '../reference.ts';
import { columnsOf } from './columns.ts';
import { insertOnce, replayOf, transaction, type StoreMeta, type StoreResult } from './idempotency.ts';
import type { Pool } from './pool.ts';

export const DUPLICATE_WINDOW_SECONDS = 10 * 60;

export interface Target {
  table: string;
  /** First letter of the references (V-7K3Q-9P). */
  referencePrefix: string;
  /** How long an identical plain-form submission counts as the same one (default 10 minutes). */
  duplicateWindowSeconds?: number;
}

function insert(
  db: Pool | PoolClient,
  target: Target,
  record: object,
  meta: StoreMeta,
): Promise<StoreResult> {
  return insertOnce(
    db,
    target.table,
    meta,
    () => newReference(target.referencePrefix),
    async (reference) => {
      const row = columnsOf({
        ...record,
        reference,
        idempotencyKey: meta.idempotencyKey ?? null,
        bodyHash: meta.bodyHash,
      });
      const { rows } = await db.query<{ reference: string }>(
        `INSERT INTO ${target.table} (${row.names.join(', ')}) VALUES (${row.placeholders.join(', ')})
       ON CONFLICT DO NOTHING
       RETURNING reference`,
        row.values,
      );
      return rows[0]?.reference ?? null;
    },
  );
}

export async function storeOnce(
  pool: Pool,
  target: Target,
  record: object,
  meta: StoreMeta,
): Promise<StoreResult> {
  if (meta.idempotencyKey) {
    return (await replayOf(pool, target.table, meta)) ?? insert(pool, target, record, meta);
  }
  return transaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [meta.bodyHash]);
    const { rows } = await client.query<{ reference: string }>(
      `SELECT reference FROM ${target.table}
        WHERE body_hash = $1 AND idempotency_key IS NULL
          AND created_at > now() - make_interval(secs => $2)
        ORDER BY created_at LIMIT 1`,
      [meta.bodyHash, target.duplicateWindowSeconds ?? DUPLICATE_WINDOW_SECONDS],
    );
    if (rows[0]) return { reference: rows[0].reference, created: false };
    return insert(client, target, record, meta);
  });
}
