/**
 * Applies the retention rules now: deletes answered or closed questions after the retention days,
 * suspect questions after 30 days, sign-ups not changed for the retention months, sign-up
 * requests (waiting for their confirmation by e-mail, or the record of one used) after
 * SIGNUP_CONFIRM_DAYS, feedback on pages after its months, and the personal data of expert-pool
 * sessions that ended the retention days ago (invitations with their answers and reminders,
 * attendance, who gave which tip; the session and its tips stay). Returns the references it
 * removed (never the contents).
 */
import type { Pool } from '../db/pool.ts';
import type { RetentionConfig } from '../../config/retention.ts';

export interface PurgeResult {
  questions: string[];
  suspectQuestions: string[];
  signups: string[];
  signupRequests: string[];
  /** Sessions whose personal data went now. */
  sessions: string[];
  feedback: string[];
}

export async function purge(
  pool: Pool,
  config: RetentionConfig,
  now: Date = new Date(),
): Promise<PurgeResult> {
  const answered = await pool.query<{ reference: string }>(
    `DELETE FROM questions
      WHERE status IN ('answered', 'closed')
        AND coalesce(closed_at, answered_at, created_at) < $1::timestamptz - make_interval(days => $2)
      RETURNING reference`,
    [now, config.questionDays],
  );
  const suspect = await pool.query<{ reference: string }>(
    `DELETE FROM questions
      WHERE status = 'suspect' AND created_at < $1::timestamptz - make_interval(days => $2)
      RETURNING reference`,
    [now, config.suspectDays],
  );
  const signups = await pool.query<{ reference: string }>(
    `DELETE FROM expert_signups
      WHERE updated_at < $1::timestamptz - make_interval(months => $2)
      RETURNING reference`,
    [now, config.signupMonths],
  );
  const requests = await pool.query<{ reference: string }>(
    `DELETE FROM signup_confirmations
      WHERE created_at < $1::timestamptz - make_interval(days => $2)
      RETURNING reference`,
    [now, config.unconfirmedDays],
  );
  const sessions = await purgeSessionData(pool, config.sessionDays, now);
  const feedback = await pool.query<{ reference: string }>(
    `DELETE FROM feedback
      WHERE created_at < $1::timestamptz - make_interval(months => $2)
      RETURNING reference`,
    [now, config.feedbackMonths],
  );
  return {
    sessions,
    questions: answered.rows.map((r) => r.reference).sort(),
    suspectQuestions: suspect.rows.map((r) => r.reference).sort(),
    signups: signups.rows.map((r) => r.reference).sort(),
    signupRequests: requests.rows.map((r) => r.reference).sort(),
    feedback: feedback.rows.map((r) => r.reference).sort(),
  };
}

async function purgeSessionData(pool: Pool, days: number, now: Date): Promise<string[]> {
  const { rows } = await pool.query<{ id: string; reference: string }>(
    `SELECT id, reference FROM pool_sessions s
      WHERE s.starts_at + make_interval(mins => s.duration_minutes) < $1::timestamptz - make_interval(days => $2)
        AND (EXISTS (SELECT 1 FROM pool_invitations i WHERE i.session_id = s.id)
          OR EXISTS (SELECT 1 FROM pool_attendance a WHERE a.session_id = s.id)
          OR EXISTS (SELECT 1 FROM pool_tips t WHERE t.session_id = s.id AND t.signup_id IS NOT NULL))`,
    [now, days],
  );
  const ids = rows.map((r) => r.id);
  if (ids.length > 0) {
    await pool.query('DELETE FROM pool_invitations WHERE session_id = ANY($1)', [ids]);
    await pool.query('DELETE FROM pool_attendance WHERE session_id = ANY($1)', [ids]);
    await pool.query('UPDATE pool_tips SET signup_id = NULL WHERE session_id = ANY($1)', [ids]);
  }
  return rows.map((r) => r.reference).sort();
}
