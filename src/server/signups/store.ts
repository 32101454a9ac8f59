/**
 * Storing expert-pool sign-ups. One sign-up per e-mail address: signing up again with the same
 * address updates the existing one (same reference) instead of adding a second. A retry with the
 * same Idempotency-Key and body returns the first answer; with another body it is refused.
 */
import type { Pool } from '../db/pool.ts';
import { replayOf, type StoreMeta, type StoreResult } from '../db/idempotency.ts';
import { newReference } from '../reference.ts';

export const SIGNUP_PREFIX = 'E';

export interface NewSignup {
  locale: string;
  name: string;
  email: string;
  phone: string | null;
  municipality: string;
  province: string;
  arrivalYear: number;
  languages: string[];
  experience: string[];
  availability: string[];
  heardFrom: string | null;
  status: 'new' | 'suspect';
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function storeSignup(pool: Pool, s: NewSignup, meta: StoreMeta): Promise<StoreResult> {
  const replay = await replayOf(pool, 'expert_signups', meta);
  if (replay) return replay;
  for (let attempt = 0; ; attempt++) {
    try {
      const { rows } = await pool.query<{ reference: string; inserted: boolean }>(
        `INSERT INTO expert_signups
           (reference, locale, name, email, email_normalized, phone, municipality, province, arrival_year,
            languages, experience, availability, heard_from, status, idempotency_key, body_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
         ON CONFLICT (email_normalized) DO UPDATE SET
           locale = EXCLUDED.locale, name = EXCLUDED.name, email = EXCLUDED.email, phone = EXCLUDED.phone,
           municipality = EXCLUDED.municipality, province = EXCLUDED.province, arrival_year = EXCLUDED.arrival_year,
           languages = EXCLUDED.languages, experience = EXCLUDED.experience, availability = EXCLUDED.availability,
           heard_from = EXCLUDED.heard_from, idempotency_key = EXCLUDED.idempotency_key,
           body_hash = EXCLUDED.body_hash, updated_at = now()
         RETURNING reference, (xmax = 0) AS inserted`,
        [
          newReference(SIGNUP_PREFIX),
          s.locale,
          s.name,
          s.email,
          normalizeEmail(s.email),
          s.phone,
          s.municipality,
          s.province,
          s.arrivalYear,
          s.languages,
          s.experience,
          s.availability,
          s.heardFrom,
          s.status,
          meta.idempotencyKey ?? null,
          meta.bodyHash,
        ],
      );
      const row = rows[0]!;
      return { reference: row.reference, created: row.inserted, updated: !row.inserted };
    } catch (error) {
      const e = error as { code?: string; constraint?: string };
      if (e.code !== '23505' || attempt >= 5) throw error;
      // A random reference that is already taken, or the same key racing in: try again / replay.
      const raced = await replayOf(pool, 'expert_signups', meta);
      if (raced) return raced;
    }
  }
}
