/**
 * Storing questions. A question is acknowledged only after this returns: the INSERT has committed.
 * - With an Idempotency-Key: the same key and body return the first reference; nothing new is stored.
 * - Without one (a plain HTML form): identical submissions within 10 minutes return the first
 *   reference. An advisory lock on the body hash keeps two simultaneous posts from both inserting.
 */
import type { PoolClient } from 'pg';
import type { Pool } from '../db/pool.ts';
import { insertOnce, replayOf, transaction, type StoreMeta, type StoreResult } from '../db/idempotency.ts';
import { newReference } from '../reference.ts';

export const QUESTION_PREFIX = 'V';
export const DUPLICATE_WINDOW_MINUTES = 10;

export interface NewQuestion {
  locale: string;
  question: string;
  channel: string;
  contact: string;
  name: string | null;
  municipality: string | null;
  answerLanguage: string;
  status: 'new' | 'suspect';
}

function insertQuestion(db: Pool | PoolClient, q: NewQuestion, meta: StoreMeta): Promise<StoreResult> {
  return insertOnce(db, 'questions', meta, () => newReference(QUESTION_PREFIX), async (reference) => {
    const { rows } = await db.query<{ reference: string }>(
      `INSERT INTO questions
         (reference, locale, question, channel, contact, name, municipality, answer_language, status, idempotency_key, body_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT DO NOTHING
       RETURNING reference`,
      [reference, q.locale, q.question, q.channel, q.contact, q.name, q.municipality, q.answerLanguage, q.status, meta.idempotencyKey ?? null, meta.bodyHash],
    );
    return rows[0]?.reference ?? null;
  });
}

export async function storeQuestion(pool: Pool, question: NewQuestion, meta: StoreMeta): Promise<StoreResult> {
  if (meta.idempotencyKey) {
    return (await replayOf(pool, 'questions', meta)) ?? insertQuestion(pool, question, meta);
  }
  return transaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [meta.bodyHash]);
    const { rows } = await client.query<{ reference: string }>(
      `SELECT reference FROM questions
        WHERE body_hash = $1 AND idempotency_key IS NULL
          AND created_at > now() - make_interval(mins => $2)
        ORDER BY created_at LIMIT 1`,
      [meta.bodyHash, DUPLICATE_WINDOW_MINUTES],
    );
    if (rows[0]) return { reference: rows[0].reference, created: false };
    return insertQuestion(client, question, meta);
  });
}
