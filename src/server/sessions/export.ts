/**
 * The attendance list of a session, for `team sessions export` (CSV through src/server/team/csv.ts,
 * which keeps spreadsheet formulas inert): everyone invited, their answer and whether they came.
 */
import type { Pool } from '../db/pool.ts';
import { findSession, invitees } from './sessions.ts';

export const ATTENDANCE_COLUMNS = [
  'session',
  'reference',
  'name',
  'email',
  'language',
  'answer',
  'place',
  'present',
];

function presence(present: boolean | null): string {
  if (present === null) return '';
  return present ? 'present' : 'absent';
}

export async function attendanceList(pool: Pool, sessionReference: string) {
  const session = await findSession(pool, sessionReference);
  const rows = (await invitees(pool, session.id)).map((i) => ({
    session: session.reference,
    reference: i.reference,
    name: i.name,
    email: i.email,
    language: i.locale,
    answer: i.answer ?? '',
    place: i.place ?? '',
    present: presence(i.present),
  }));
  return { session, rows };
}
