/**
 * Fills in the stored normal forms of contacts (src/lib/normal-contact.ts) where they are missing
 * or were computed another way: questions.contact_normalized (added by a migration, so older rows
 * and rows written by the previous deploy's functions have none) and expert_signups.email_normalized
 * (once trim + lower-case). Computed in JavaScript, never in SQL. Idempotent and cheap when all is
 * in order; run after every migration (migrate.ts) and before every erase, so a removal request
 * finds rows written while a deploy was going live too.
 */
import type { PoolClient } from 'pg';
import { normalizeContact } from '../../lib/normal-contact.ts';
import type { Pool } from './pool.ts';

type Db = Pool | PoolClient;

export class NormalFormConflict extends Error {}

async function tableExists(db: Db, table: string): Promise<boolean> {
  const { rows } = await db.query<{ found: string | null }>('SELECT to_regclass($1) AS found', [table]);
  return rows[0]?.found !== null;
}

/** Sets `normalized` from `source` wherever it differs; returns the number of rows changed. */
async function fill(db: Db, table: string, source: string, normalized: string): Promise<number> {
  const { rows } = await db.query<{ id: string; value: string; stored: string | null }>(
    `SELECT id, ${source} AS value, ${normalized} AS stored FROM ${table}`,
  );
  let changed = 0;
  for (const row of rows) {
    const value = normalizeContact(row.value);
    if (value === row.stored) continue;
    try {
      await db.query(`UPDATE ${table} SET ${normalized} = $2 WHERE id = $1`, [row.id, value]);
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      throw new NormalFormConflict(
        `Two rows of ${table} have the same address once normalised (${table}.id ${row.id}). ` +
          'Erase or correct one (npm run team -- signups list), then run the migrations again.',
      );
    }
    changed++;
  }
  return changed;
}

export async function fillNormalForms(db: Db): Promise<{ questions: number; signups: number }> {
  return {
    questions: (await tableExists(db, 'questions'))
      ? await fill(db, 'questions', 'contact', 'contact_normalized')
      : 0,
    signups: (await tableExists(db, 'expert_signups'))
      ? await fill(db, 'expert_signups', 'email', 'email_normalized')
      : 0,
  };
}
