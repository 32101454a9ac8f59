/**
 * Writing a confirmed expert-pool sign-up: one per e-mail address (its normal form,
 * src/lib/normal-contact.ts). A sign-up with a known address replaces that person's details and
 * keeps their reference. The sign-up form never calls this directly: its submissions wait for the
 * link in a mail (request.ts) and confirm.ts calls this when it is used. Fixtures and
 * `npm run seed:signups` call it for sign-ups that count as confirmed.
 */
import type { PoolClient } from 'pg';
import { SIGNUP_REFERENCE_PREFIX, type NewSignup } from '../../forms/signup/to-record.ts';
import { normalizeContact } from '../../lib/normal-contact.ts';
import { columnsOf } from '../db/columns.ts';
import type { StoreMeta, StoreResult } from '../db/idempotency.ts';
import type { Pool } from '../db/pool.ts';
import { newReference } from '../reference.ts';

/** Columns a later sign-up with the same address does not change. */
const KEPT = new Set(['reference', 'status', 'email_normalized', 'created_at']);

/**
 * Inserts, or replaces the details of the sign-up with the same address. `reference` is used for a
 * new row (a fresh one when absent or taken). Safe inside a transaction: no statement is expected
 * to fail.
 */
export async function storeSignup(
  db: Pool | PoolClient,
  s: NewSignup,
  meta: StoreMeta,
  options: { reference?: string } = {},
): Promise<StoreResult> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const reference =
      attempt === 0 && options.reference ? options.reference : newReference(SIGNUP_REFERENCE_PREFIX);
    const row = columnsOf({
      ...s,
      reference,
      emailNormalized: normalizeContact(s.email),
      bodyHash: meta.bodyHash,
      confirmedAt: new Date(),
    });
    const updates = row.names.filter((name) => !KEPT.has(name)).map((name) => `${name} = EXCLUDED.${name}`);
    // A reference already taken by another address: no row, and the next attempt takes another.
    const { rows } = await db.query<{ reference: string; inserted: boolean }>(
      `INSERT INTO expert_signups (${row.names.join(', ')})
       SELECT ${row.placeholders.join(', ')}
        WHERE NOT EXISTS (SELECT 1 FROM expert_signups WHERE reference = $${row.names.indexOf('reference') + 1}
                            AND email_normalized <> $${row.names.indexOf('email_normalized') + 1})
       ON CONFLICT (email_normalized) DO UPDATE SET ${updates.join(', ')}, updated_at = now()
       RETURNING reference, (xmax = 0) AS inserted`,
      row.values,
    );
    const [stored] = rows;
    if (stored) return { reference: stored.reference, created: stored.inserted, updated: !stored.inserted };
  }
  throw new Error('Could not store a sign-up: every reference tried was taken.');
}
