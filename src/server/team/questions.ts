/** The team's work on questions: list, show, mark answered or closed, export. */
import type { Pool } from '../db/pool.ts';
import { isReference } from '../reference.ts';

export const QUESTION_STATUSES = ['new', 'suspect', 'answered', 'closed'] as const;

export const QUESTION_COLUMNS = [
  'reference',
  'created_at',
  'status',
  'locale',
  'answer_language',
  'channel',
  'contact',
  'name',
  'municipality',
  'question',
  'answered_at',
  'closed_at',
];

export class TeamError extends Error {}

export async function listQuestions(pool: Pool, filter: { status?: string; since?: Date } = {}) {
  if (filter.status && !(QUESTION_STATUSES as readonly string[]).includes(filter.status)) {
    throw new TeamError(`Unknown status "${filter.status}". Use one of: ${QUESTION_STATUSES.join(', ')}.`);
  }
  const { rows } = await pool.query(
    `SELECT ${QUESTION_COLUMNS.join(', ')} FROM questions
      WHERE ($1::text IS NULL OR status = $1) AND ($2::timestamptz IS NULL OR created_at >= $2)
      ORDER BY created_at`,
    [filter.status ?? null, filter.since ?? null],
  );
  return rows as Record<string, unknown>[];
}

function checkReference(reference: string): void {
  if (!isReference(reference, 'V')) {
    throw new TeamError(
      `"${reference}" is not a question reference. It looks like V-7K3Q-9P; list them with: npm run team -- questions list`,
    );
  }
}

export async function showQuestion(pool: Pool, reference: string) {
  checkReference(reference);
  const { rows } = await pool.query(
    `SELECT ${QUESTION_COLUMNS.join(', ')} FROM questions WHERE reference = $1`,
    [reference],
  );
  if (!rows[0])
    throw new TeamError(
      `No question ${reference}. It may have been answered and removed after the retention period, or erased.`,
    );
  return rows[0] as Record<string, unknown>;
}

export async function setQuestionStatus(pool: Pool, reference: string, status: 'answered' | 'closed') {
  checkReference(reference);
  const column = status === 'answered' ? 'answered_at' : 'closed_at';
  const { rows } = await pool.query(
    `UPDATE questions SET status = $2, ${column} = coalesce(${column}, now()) WHERE reference = $1 RETURNING reference, status, ${column}`,
    [reference, status],
  );
  if (!rows[0]) throw new TeamError(`No question ${reference}.`);
  return rows[0] as Record<string, unknown>;
}
