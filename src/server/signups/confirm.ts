/**
 * Using the link in a confirmation mail. Only here does a sign-up reach expert_signups: a new
 * address becomes a sign-up with the request's reference; a known address gets the request's
 * details and keeps its own reference. Older requests for the same address that were not used are
 * superseded, so an old link can never put old details back over newer ones. Using a link twice
 * answers the same. Expired, unknown or superseded links are all simply "not valid".
 */
import type { PoolClient } from 'pg';
import type { NewSignup } from '../../forms/signup/to-record.ts';
import { transaction } from '../db/idempotency.ts';
import type { Pool } from '../db/pool.ts';
import { CONFIRMATIONS_TABLE } from './request.ts';
import { storeSignup } from './store.ts';

export type ConfirmOutcome =
  | {
      status: 'confirmed';
      /** The sign-up's reference (the old one when details were replaced). */
      reference: string;
      /** True when this call confirmed it (false: the link was used before). */
      now: boolean;
      record: NewSignup;
    }
  | { status: 'invalid' };

interface PendingRow {
  id: string;
  reference: string;
  locale: string;
  email_normalized: string;
  record: NewSignup;
  body_hash: string;
  confirmed_at: Date | null;
  expired: boolean;
  created_at: Date;
}

/** What the confirmation page shows before the button is pressed; null for a link that is not valid. */
export interface PendingRequest {
  reference: string;
  locale: string;
  /** The address already has a sign-up: confirming replaces its details. */
  replaces: boolean;
  /** Set when the link was used: the sign-up's reference. */
  confirmedAs: string | null;
}

const SELECT_PENDING = `SELECT id, reference, locale, email_normalized, record, body_hash, confirmed_at, created_at,
         expires_at <= now() AS expired
    FROM ${CONFIRMATIONS_TABLE} WHERE token_hash = $1`;

export async function findPendingRequest(pool: Pool, tokenHash: string): Promise<PendingRequest | null> {
  const { rows } = await pool.query<PendingRow & { signup: string | null }>(
    `SELECT p.*, (SELECT reference FROM expert_signups s WHERE s.email_normalized = p.email_normalized) AS signup
       FROM (${SELECT_PENDING}) p`,
    [tokenHash],
  );
  const row = rows[0];
  if (!row || (row.expired && !row.confirmed_at) || (row.confirmed_at && !row.signup)) return null;
  return {
    reference: row.reference,
    locale: row.locale,
    replaces: row.signup !== null && !row.confirmed_at,
    confirmedAs: row.confirmed_at ? row.signup : null,
  };
}

async function signupReference(client: PoolClient, email: string): Promise<string | undefined> {
  const { rows } = await client.query<{ reference: string }>(
    'SELECT reference FROM expert_signups WHERE email_normalized = $1',
    [email],
  );
  return rows[0]?.reference;
}

export async function confirmSignup(pool: Pool, tokenHash: string): Promise<ConfirmOutcome> {
  return transaction(pool, async (client) => {
    const { rows } = await client.query<PendingRow>(`${SELECT_PENDING} FOR UPDATE`, [tokenHash]);
    const pending = rows[0];
    if (!pending || (pending.expired && !pending.confirmed_at)) return { status: 'invalid' };
    // One confirmation per address at a time, so two links used at once cannot interleave.
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended('signup:' || $1, 0))", [
      pending.email_normalized,
    ]);
    if (pending.confirmed_at) {
      const reference = await signupReference(client, pending.email_normalized);
      // Confirmed before, then erased: the link no longer leads anywhere.
      return reference
        ? { status: 'confirmed', reference, now: false, record: pending.record }
        : { status: 'invalid' };
    }
    const stored = await storeSignup(
      client,
      pending.record,
      { bodyHash: pending.body_hash },
      { reference: pending.reference },
    );
    // The request's copy of the details is no longer needed (they are in expert_signups); its row
    // stays until retention removes it, so a retry of its submission gets the same answer.
    await client.query(
      `UPDATE ${CONFIRMATIONS_TABLE} SET confirmed_at = now(), record = '{}' WHERE id = $1`,
      [pending.id],
    );
    // Older requests for this address that were not used are superseded: their links stop working
    // (and their details go), so an old link cannot put old details back over newer ones.
    await client.query(
      `UPDATE ${CONFIRMATIONS_TABLE} SET expires_at = least(expires_at, now()), record = '{}'
        WHERE email_normalized = $1 AND confirmed_at IS NULL AND created_at < $2`,
      [pending.email_normalized, pending.created_at],
    );
    return { status: 'confirmed', reference: stored.reference, now: true, record: pending.record };
  });
}
