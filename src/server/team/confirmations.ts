/**
 * The team's view of sign-ups waiting for their confirmation by e-mail — where a mail did not go
 * (no SMTP configured, or the mail server failed), the team sees it here — and a new link for one
 * of them (the old link stops working). The link is printed for the team to pass on, for instance
 * when trying the site locally without a mail server; the database only ever holds its hash.
 */
import type { Pool } from '../db/pool.ts';
import { isReference } from '../reference.ts';
import { confirmationLink } from '../signups/confirmation-mail.ts';
import { CONFIRMATIONS_TABLE } from '../signups/request.ts';
import { newToken } from '../tokens/token.ts';
import { TeamError } from './questions.ts';

export const PENDING_COLUMNS = ['reference', 'created_at', 'expires_at', 'locale', 'mail_status', 'replaces'];

export async function listPending(pool: Pool): Promise<Record<string, unknown>[]> {
  const { rows } = await pool.query(
    `SELECT p.reference, p.created_at, p.expires_at, p.locale, p.mail_status,
            (SELECT s.reference FROM expert_signups s WHERE s.email_normalized = p.email_normalized) AS replaces
       FROM ${CONFIRMATIONS_TABLE} p
      WHERE p.confirmed_at IS NULL AND p.expires_at > now()
      ORDER BY p.created_at`,
  );
  return rows as Record<string, unknown>[];
}

/** A new link for a waiting sign-up, valid `days` from now; the previous link stops working. */
export async function newLink(pool: Pool, reference: string, siteUrl: string, days: number): Promise<string> {
  if (!isReference(reference, 'E'))
    throw new TeamError(`"${reference}" is not a sign-up reference. It looks like E-7K3Q-9P.`);
  const { token, hash } = newToken();
  const { rows } = await pool.query<{ locale: string }>(
    `UPDATE ${CONFIRMATIONS_TABLE} SET token_hash = $2, expires_at = now() + make_interval(days => $3)
      WHERE reference = $1 AND confirmed_at IS NULL AND record <> '{}'
      RETURNING locale`,
    [reference, hash, days],
  );
  if (!rows[0])
    throw new TeamError(
      `No sign-up ${reference} is waiting for its confirmation. It may be confirmed, replaced by a newer one, removed after ${days} days, or erased.`,
    );
  return confirmationLink(siteUrl, rows[0].locale, token);
}
