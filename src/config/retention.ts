/**
 * How long personal data is kept. One place, read by the purge (team CLI and the daily scheduled
 * function) and by the privacy page, so what the page says is what the code does.
 *   QUESTION_RETENTION_DAYS   days after a question was answered or closed (default 90)
 *   SIGNUP_RETENTION_MONTHS   months after a sign-up was last changed (default 24)
 *   SESSION_RETENTION_DAYS    days after an expert-pool session: its invitations, replies, reminders,
 *                             attendance and who gave which tip (default 90; the tips stay, anonymous)
 *   SIGNUP_CONFIRM_DAYS       days a sign-up waits for its confirmation by e-mail; also how long
 *                             the link in that mail works (default 7)
 *   FEEDBACK_RETENTION_MONTHS months after feedback on a page was given (default 12)
 * Questions marked suspect (sent faster than a person types) are kept 30 days for review.
 */
export interface RetentionConfig {
  questionDays: number;
  suspectDays: number;
  signupMonths: number;
  sessionDays: number;
  /** Unconfirmed sign-ups (and the record of a confirmation) go this many days after they were sent. */
  unconfirmedDays: number;
  feedbackMonths: number;
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} must be a whole number of at least 1 (got "${value}").`);
  return n;
}

export function retentionConfig(env: Record<string, string | undefined> = process.env): RetentionConfig {
  return {
    questionDays: positiveInt(env.QUESTION_RETENTION_DAYS, 90, 'QUESTION_RETENTION_DAYS'),
    suspectDays: 30,
    signupMonths: positiveInt(env.SIGNUP_RETENTION_MONTHS, 24, 'SIGNUP_RETENTION_MONTHS'),
    sessionDays: positiveInt(env.SESSION_RETENTION_DAYS, 90, 'SESSION_RETENTION_DAYS'),
    unconfirmedDays: positiveInt(env.SIGNUP_CONFIRM_DAYS, 7, 'SIGNUP_CONFIRM_DAYS'),
    feedbackMonths: positiveInt(env.FEEDBACK_RETENTION_MONTHS, 12, 'FEEDBACK_RETENTION_MONTHS'),
  };
}
