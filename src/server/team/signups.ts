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
  [column: string]: unknown;
}

export async function listSignups(pool: Pool): Promise<SignupRow[]> {
  const { rows } = await pool.query(
    `SELECT ${SIGNUP_COLUMNS.join(', ')} FROM expert_signups ORDER BY created_at`,
  );
  return rows as SignupRow[];
}
