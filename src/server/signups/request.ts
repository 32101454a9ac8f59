/**
 * A sign-up as sent through the form: stored as a request that waits for its confirmation by
 * e-mail (table signup_confirmations), with a one-time token whose hash is kept. Every request gets
 * a new reference and the same answer, whether the address is known or not: nothing about the
 * address is looked up here (the mail that follows is chosen later, after the answer). Retries
 * keep the forms' contract (../db/store-once.ts): the same Idempotency-Key and body get the stored
 * answer and nothing new — no second row, no second mail.
 */
import { SIGNUP_REFERENCE_PREFIX, type NewSignup } from '../../forms/signup/to-record.ts';
import { normalizeContact } from '../../lib/normal-contact.ts';
import type { StoreMeta, StoreResult } from '../db/idempotency.ts';
import type { Pool } from '../db/pool.ts';
import { storeOnce } from '../db/store-once.ts';
import { newToken } from '../tokens/token.ts';

export const CONFIRMATIONS_TABLE = 'signup_confirmations';

export interface RequestResult extends StoreResult {
  /** The link's token, only when this call created the request (then a mail must go); never stored or logged. */
  token?: string;
}

const DAY_MS = 86_400_000;

export async function storeSignupRequest(
  pool: Pool,
  signup: NewSignup,
  meta: StoreMeta,
  validDays: number,
  now: Date = new Date(),
): Promise<RequestResult> {
  const { token, hash } = newToken();
  const stored = await storeOnce(
    pool,
    { table: CONFIRMATIONS_TABLE, referencePrefix: SIGNUP_REFERENCE_PREFIX },
    {
      createdAt: now,
      expiresAt: new Date(now.getTime() + validDays * DAY_MS),
      tokenHash: hash,
      emailNormalized: normalizeContact(signup.email),
      locale: signup.locale,
      record: signup,
    },
    meta,
  );
  return stored.created ? { ...stored, token } : stored;
}

/** Records whether the confirmation mail went (the team CLI lists those that did not). */
export async function recordMailStatus(pool: Pool, reference: string, status: string): Promise<void> {
  await pool.query(`UPDATE ${CONFIRMATIONS_TABLE} SET mail_status = $2 WHERE reference = $1`, [
    reference,
    status,
  ]);
}
