/**
 * Storing expert-pool sign-ups. One sign-up per e-mail address: signing up again with the same
 * address updates the existing one (same reference) instead of adding a second. A retry with the
 * same Idempotency-Key and body returns the first answer; with another body it is refused.
 */
import { SIGNUP_REFERENCE_PREFIX, type NewSignup } from '../../forms/signup/to-record.ts';
import { columnsOf } from '../db/columns.ts';
import { replayOf, type StoreMeta, type StoreResult } from '../db/idempotency.ts';
import type { Pool } from '../db/pool.ts';
import { newReference } from '../reference.ts';

/** Columns a later sign-up with the same address does not change. */
const KEPT = new Set(['reference', 'status', 'email_normalized', 'created_at']);

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function storeSignup(pool: Pool, s: NewSignup, meta: StoreMeta): Promise<StoreResult> {
  const replay = await replayOf(pool, 'expert_signups', meta);
  if (replay) return replay;
  for (let attempt = 0; ; attempt++) {
    try {
      const row = columnsOf({
        ...s,
        reference: newReference(SIGNUP_REFERENCE_PREFIX),
        emailNormalized: normalizeEmail(s.email),
        idempotencyKey: meta.idempotencyKey ?? null,
        bodyHash: meta.bodyHash,
      });
      const updates = row.names.filter((name) => !KEPT.has(name)).map((name) => `${name} = EXCLUDED.${name}`);
      const { rows } = await pool.query<{ reference: string; inserted: boolean }>(
        `INSERT INTO expert_signups (${row.names.join(', ')}) VALUES (${row.placeholders.join(', ')})
         ON CONFLICT (email_normalized) DO UPDATE SET ${updates.join(', ')}, updated_at = now()
         RETURNING reference, (xmax = 0) AS inserted`,
        row.values,
      );
      const [stored] = rows;
      if (!stored) throw new Error('An upsert returned no row.');
      return { reference: stored.reference, created: stored.inserted, updated: !stored.inserted };
    } catch (error) {
      const e = error as { code?: string; constraint?: string };
      if (e.code !== '23505' || attempt >= 5) throw error;
      // A random reference that is already taken, or the same key racing in: try again / replay.
      const raced = await replayOf(pool, 'expert_signups', meta);
      if (raced) return raced;
    }
  }
}
