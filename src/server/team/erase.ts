/**
 * A removal request: erase a person's questions, sign-up and sign-up requests waiting for their
 * confirmation, by a reference (V-… or E-…) or by an e-mail address. Addresses are compared by
 * their normal form (src/lib/normal-contact.ts), stored beside what was typed, so every spelling
 * is found (a leading tab, a trailing newline, a no-break space, İ, capitals). With a sign-up go
 * the rows every table in src/server/privacy/signup-data.ts keeps about it. All or nothing (one
 * transaction). Says what it removed.
 */
import type { PoolClient } from 'pg';
import { normalizeContact } from '../../lib/normal-contact.ts';
import { transaction } from '../db/idempotency.ts';
import { fillNormalForms } from '../db/normal-forms.ts';
import type { Pool } from '../db/pool.ts';
import { SIGNUP_LINKED_TABLES, type SignupLinkedTable } from '../privacy/signup-data.ts';
import { isReference } from '../reference.ts';
import { CONFIRMATIONS_TABLE } from '../signups/request.ts';
import { TeamError } from './questions.ts';

export interface Erased {
  questions: string[];
  signups: string[];
  /** Sign-up requests (confirmed or not) removed: their references. */
  requests: string[];
  /** Rows removed from each linked table, by its label (only labels with rows). */
  linked: Record<string, number>;
}

async function references(client: PoolClient, sql: string, values: unknown[]): Promise<string[]> {
  const { rows } = await client.query<{ reference: string }>(sql, values);
  return rows.map((r) => r.reference).sort();
}

/** Everything kept about one address's sign-up: requests, linked rows, the sign-up itself. */
async function eraseAddress(
  client: PoolClient,
  email: string,
  linked: readonly SignupLinkedTable[],
): Promise<Omit<Erased, 'questions'>> {
  const refs = await references(client, 'SELECT reference FROM expert_signups WHERE email_normalized = $1', [
    email,
  ]);
  const counts: Record<string, number> = {};
  for (const { table, referenceColumn, label } of linked) {
    const { rowCount } = await client.query(`DELETE FROM ${table} WHERE ${referenceColumn} = ANY($1)`, [
      refs,
    ]);
    if (rowCount) counts[label] = (counts[label] ?? 0) + rowCount;
  }
  const requests = await references(
    client,
    `DELETE FROM ${CONFIRMATIONS_TABLE} WHERE email_normalized = $1 RETURNING reference`,
    [email],
  );
  await client.query('DELETE FROM expert_signups WHERE reference = ANY($1)', [refs]);
  return { signups: refs, requests, linked: counts };
}

/** The address behind a sign-up reference: a sign-up's, or a request's. */
async function addressOf(client: PoolClient, reference: string): Promise<string | undefined> {
  const { rows } = await client.query<{ email: string }>(
    `SELECT email_normalized AS email FROM expert_signups WHERE reference = $1
     UNION ALL SELECT email_normalized FROM ${CONFIRMATIONS_TABLE} WHERE reference = $1`,
    [reference],
  );
  return rows[0]?.email;
}

export async function erase(
  pool: Pool,
  target: string,
  linked: readonly SignupLinkedTable[] = SIGNUP_LINKED_TABLES,
): Promise<Erased> {
  const value = normalizeContact(target);
  const none: Erased = { questions: [], signups: [], requests: [], linked: {} };
  if (isReference(value.toUpperCase(), 'V')) {
    return transaction(pool, async (client) => ({
      ...none,
      questions: await references(client, 'DELETE FROM questions WHERE reference = $1 RETURNING reference', [
        value.toUpperCase(),
      ]),
    }));
  }
  if (isReference(value.toUpperCase(), 'E')) {
    return transaction(pool, async (client) => {
      const email = await addressOf(client, value.toUpperCase());
      return email ? { ...none, ...(await eraseAddress(client, email, linked)) } : none;
    });
  }
  if (!value.includes('@')) {
    throw new TeamError(`"${target}" is neither a reference (V-7K3Q-9P, E-7K3Q-9P) nor an e-mail address.`);
  }
  // Rows written while a deploy was going live may lack their normal form: fill it in first.
  await fillNormalForms(pool);
  return transaction(pool, async (client) => ({
    questions: await references(
      client,
      'DELETE FROM questions WHERE contact_normalized = $1 RETURNING reference',
      [value],
    ),
    ...(await eraseAddress(client, value, linked)),
  }));
}
