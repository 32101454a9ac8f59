/**
 * A removal request: erase a person's questions and sign-up, by a reference (V-… or E-…) or by an
 * e-mail address (matched without regard to capitals or surrounding spaces). Says what it removed.
 */
import type { Pool } from '../db/pool.ts';
import { isReference } from '../reference.ts';
import { normalizeEmail } from '../signups/store.ts';
import { TeamError } from './questions.ts';

export interface Erased {
  questions: string[];
  signups: string[];
}

export async function erase(pool: Pool, target: string): Promise<Erased> {
  const value = target.trim();
  if (isReference(value, 'V')) {
    const { rows } = await pool.query<{ reference: string }>(
      'DELETE FROM questions WHERE reference = $1 RETURNING reference',
      [value],
    );
    return { questions: rows.map((r) => r.reference), signups: [] };
  }
  if (isReference(value, 'E')) {
    const { rows } = await pool.query<{ reference: string }>(
      'DELETE FROM expert_signups WHERE reference = $1 RETURNING reference',
      [value],
    );
    return { questions: [], signups: rows.map((r) => r.reference) };
  }
  if (!value.includes('@')) {
    throw new TeamError(`"${target}" is neither a reference (V-7K3Q-9P, E-7K3Q-9P) nor an e-mail address.`);
  }
  const email = normalizeEmail(value);
  const questions = await pool.query<{ reference: string }>(
    "DELETE FROM questions WHERE channel = 'email' AND lower(trim(contact)) = $1 RETURNING reference",
    [email],
  );
  const signups = await pool.query<{ reference: string }>(
    'DELETE FROM expert_signups WHERE email_normalized = $1 RETURNING reference',
    [email],
  );
  return {
    questions: questions.rows.map((r) => r.reference).sort(),
    signups: signups.rows.map((r) => r.reference),
  };
}
