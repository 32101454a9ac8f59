/**
 * Who was there: present or absent per sign-up reference, for people invited to the session.
 * Recording again overwrites (a correction); the export lists it beside the answers.
 */
import type { Pool } from '../db/pool.ts';
import { isReference } from '../reference.ts';
import { SIGNUP_REFERENCE_PREFIX } from '../../forms/signup/to-record.ts';
import { TeamError } from '../team/questions.ts';
import { findSession } from './sessions.ts';

/** "E-7K3Q-9P, E-…" → references, each checked. */
export function signupReferences(list: string | undefined): string[] {
  const refs = (list ?? '')
    .split(/[\s,;]+/)
    .map((r) => r.trim().toUpperCase())
    .filter(Boolean);
  for (const ref of refs)
    if (!isReference(ref, SIGNUP_REFERENCE_PREFIX))
      throw new TeamError(`"${ref}" is not a sign-up reference (E-7K3Q-9P). Check it for a typo.`);
  return [...new Set(refs)];
}

export async function recordAttendance(
  pool: Pool,
  sessionReference: string,
  present: string[],
  absent: string[],
): Promise<{ present: number; absent: number }> {
  const both = present.filter((r) => absent.includes(r));
  if (both.length > 0) throw new TeamError(`${both.join(', ')}: both present and absent?`);
  const session = await findSession(pool, sessionReference);
  const all = [...present, ...absent];
  const { rows } = await pool.query<{ reference: string; signup_id: string }>(
    `SELECT e.reference, e.id AS signup_id FROM pool_invitations i JOIN expert_signups e ON e.id = i.signup_id
      WHERE i.session_id = $1 AND e.reference = ANY($2)`,
    [session.id, all],
  );
  const invited = new Map(rows.map((r) => [r.reference, r.signup_id]));
  const strangers = all.filter((r) => !invited.has(r));
  if (strangers.length > 0)
    throw new TeamError(
      `Not invited to ${sessionReference}: ${strangers.join(', ')}. Nothing was recorded. Invite them first (team invite ${sessionReference} --refs …).`,
    );
  for (const [list, isPresent] of [
    [present, true],
    [absent, false],
  ] as const) {
    if (list.length === 0) continue;
    await pool.query(
      `INSERT INTO pool_attendance (session_id, signup_id, signup_reference, present)
       SELECT $1, e.id, e.reference, $3 FROM expert_signups e WHERE e.reference = ANY($2)
       ON CONFLICT (session_id, signup_id) DO UPDATE SET present = EXCLUDED.present, recorded_at = now()`,
      [session.id, list, isPresent],
    );
  }
  return { present: present.length, absent: absent.length };
}
