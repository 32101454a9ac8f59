/** The team's view of expert-pool sign-ups. */
import type { Pool } from '../db/pool.ts';

export const SIGNUP_COLUMNS = [
  'reference',
  'created_at',
  'updated_at',
  'status',
  'locale',
  'name',
  'email',
  'phone',
  'municipality',
  'province',
  'arrival_year',
  'languages',
  'experience',
  'availability',
  'heard_from',
  'confirmed_at',
];

export interface SignupRow {
  reference: string;
  name: string;
  email: string;
  municipality: string;
  province: string;
  arrival_year: number;
  languages: string[];
  experience: string[];
  availability: string[];
  status: string;
  /** When the person confirmed their address; null for sign-ups from before confirmation existed. */
  confirmed_at: Date | null;
  [column: string]: unknown;
}

/**
 * Only people who confirmed their address may be suggested for the pool or invited: any query
 * that picks people to contact filters with this (`confirmedOnly` below, or this SQL).
 */
export const CONFIRMED = 'confirmed_at IS NOT NULL';

export async function listSignups(
  pool: Pool,
  options: { confirmedOnly?: boolean } = {},
): Promise<SignupRow[]> {
  const { rows } = await pool.query(
    `SELECT ${SIGNUP_COLUMNS.join(', ')} FROM expert_signups
      ${options.confirmedOnly ? `WHERE ${CONFIRMED}` : ''} ORDER BY created_at`,
  );
  return rows as SignupRow[];
}
