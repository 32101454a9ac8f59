/**
 * Applies the retention rules now: deletes answered or closed questions after the retention days,
 * suspect questions after 30 days, sign-ups not changed for the retention months, sign-up
 * requests (waiting for their confirmation by e-mail, or the record of one used) after
 * SIGNUP_CONFIRM_DAYS, and feedback on pages after its months. Returns the references it removed
 * (never the contents).
 */
import type { Pool } from '../db/pool.ts';
import type { RetentionConfig } from '../../config/retention.ts';

export interface PurgeResult {
  questions: string[];
  suspectQuestions: string[];
  signups: string[];
  signupRequests: string[];
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
  const feedback = await pool.query<{ reference: string }>(
    `DELETE FROM feedback
      WHERE created_at < $1::timestamptz - make_interval(months => $2)
      RETURNING reference`,
    [now, config.feedbackMonths],
  );
  return {
    questions: answered.rows.map((r) => r.reference).sort(),
    suspectQuestions: suspect.rows.map((r) => r.reference).sort(),
    signups: signups.rows.map((r) => r.reference).sort(),
    signupRequests: requests.rows.map((r) => r.reference).sort(),
    feedback: feedback.rows.map((r) => r.reference).sort(),
  };
}
