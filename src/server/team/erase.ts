/**
 * A removal request: erase a person's questions and sign-up, by a reference (V-… or E-…) or by an
 * e-mail address (matched on its normal form, src/lib/normal-contact.ts). With a sign-up go the
 * rows every table in src/server/privacy/signup-data.ts keeps about it. All or nothing (one
 * transaction). Says what it removed.
 */
import type { PoolClient } from 'pg';
import { transaction } from '../db/idempotency.ts';
import type { Pool } from '../db/pool.ts';
import { SIGNUP_LINKED_TABLES, type SignupLinkedTable } from '../privacy/signup-data.ts';
import { isReference } from '../reference.ts';
import { normalizeEmail } from '../signups/store.ts';
import { TeamError } from './questions.ts';

export interface Erased {
  questions: string[];
  signups: string[];
  /** Rows removed from each linked table, by its label (only labels with rows). */
  linked: Record<string, number>;
}

async function references(client: PoolClient, sql: string, values: unknown[]): Promise<string[]> {
  const { rows } = await client.query<{ reference: string }>(sql, values);
  return rows.map((r) => r.reference).sort();
}

/** Removes the sign-ups (and what is linked to them) that `where` selects. */
async function eraseSignups(
  client: PoolClient,
  where: string,
  value: string,
  linked: readonly SignupLinkedTable[],
): Promise<Pick<Erased, 'signups' | 'linked'>> {
  const refs = await references(client, `SELECT reference FROM expert_signups WHERE ${where}`, [value]);
  const counts: Record<string, number> = {};
  for (const { table, referenceColumn, label } of linked) {
    const { rowCount } = await client.query(`DELETE FROM ${table} WHERE ${referenceColumn} = ANY($1)`, [
      refs,
    ]);
    if (rowCount) counts[label] = (counts[label] ?? 0) + rowCount;
  }
  await client.query('DELETE FROM expert_signups WHERE reference = ANY($1)', [refs]);
  return { signups: refs, linked: counts };
}

export async function erase(
  pool: Pool,
  target: string,
  linked: readonly SignupLinkedTable[] = SIGNUP_LINKED_TABLES,
): Promise<Erased> {
  const value = target.trim();
  const none = { questions: [], signups: [], linked: {} };
  if (isReference(value, 'V')) {
    return transaction(pool, async (client) => ({
      ...none,
      questions: await references(client, 'DELETE FROM questions WHERE reference = $1 RETURNING reference', [
        value,
      ]),
    }));
  }
  if (isReference(value, 'E')) {
    return transaction(pool, async (client) => ({
      ...none,
      ...(await eraseSignups(client, 'reference = $1', value, linked)),
    }));
  }
  if (!value.includes('@')) {
    throw new TeamError(`"${target}" is neither a reference (V-7K3Q-9P, E-7K3Q-9P) nor an e-mail address.`);
  }
  const email = normalizeEmail(value);
  return transaction(pool, async (client) => ({
    questions: await references(
      client,
      "DELETE FROM questions WHERE channel = 'email' AND lower(trim(contact)) = $1 RETURNING reference",
      [email],
    ),
    ...(await eraseSignups(client, 'email_normalized = $1', email, linked)),
  }));
}
