/**
 * Sessions of the expert pool: when and where the pool meets, for how many people, in which
 * language. Created, listed, shown and cancelled by the team (`npm run team -- sessions …`).
 */
import type { PoolClient } from 'pg';
import { insertOnce } from '../db/idempotency.ts';
import type { Pool } from '../db/pool.ts';
import { isReference, newReference } from '../reference.ts';
import { TeamError } from '../team/questions.ts';

/** First letter of a session's reference (S-7K3Q-9P). */
export const SESSION_REFERENCE_PREFIX = 'S';

export interface NewSession {
  title: string;
  topic: string;
  startsAt: Date;
  durationMinutes: number;
  mode: 'online' | 'place';
  address: string | null;
  onlineUrl: string | null;
  capacity: number;
  workingLanguage: string;
  interpreters: string[];
}

export interface SessionRow {
  id: string;
  reference: string;
  title: string;
  topic: string;
  starts_at: Date;
  duration_minutes: number;
  mode: 'online' | 'place';
  address: string | null;
  online_url: string | null;
  capacity: number;
  working_language: string;
  interpreters: string[];
  status: 'planned' | 'cancelled';
  cancelled_at: Date | null;
  created_at: Date;
}

/** A session with how its invitations stand. */
export interface SessionOverview extends SessionRow {
  invited: number;
  confirmed: number;
  waiting: number;
  maybe: number;
  declined: number;
  unanswered: number;
}

export const SESSION_COLUMNS =
  'id, reference, title, topic, starts_at, duration_minutes, mode, address, online_url, capacity, working_language, interpreters, status, cancelled_at, created_at';

/** A session selected as `to_jsonb(s)` beside other tables' columns, back in the driver's types. */
export function sessionFromJson(json: unknown): SessionRow {
  const s = json as Record<string, unknown>;
  return {
    ...(s as unknown as SessionRow),
    id: String(s.id),
    starts_at: new Date(s.starts_at as string),
    created_at: new Date(s.created_at as string),
    cancelled_at: s.cancelled_at ? new Date(s.cancelled_at as string) : null,
  };
}

/** When a session ends. */
export function endsAt(session: Pick<SessionRow, 'starts_at' | 'duration_minutes'>): Date {
  return new Date(session.starts_at.getTime() + session.duration_minutes * 60_000);
}

export async function createSession(pool: Pool, s: NewSession): Promise<SessionRow> {
  let created: SessionRow | undefined;
  await insertOnce(
    pool,
    'pool_sessions',
    { bodyHash: '' },
    () => newReference(SESSION_REFERENCE_PREFIX),
    async (reference) => {
      const { rows } = await pool.query<SessionRow>(
        `INSERT INTO pool_sessions (reference, title, topic, starts_at, duration_minutes, mode, address,
                online_url, capacity, working_language, interpreters)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT DO NOTHING RETURNING ${SESSION_COLUMNS}`,
        [
          reference,
          s.title,
          s.topic,
          s.startsAt,
          s.durationMinutes,
          s.mode,
          s.address,
          s.onlineUrl,
          s.capacity,
          s.workingLanguage,
          s.interpreters,
        ],
      );
      created = rows[0];
      return created?.reference ?? null;
    },
  );
  return created!;
}

const OVERVIEW = `SELECT s.*,
    count(i.id)::int AS invited,
    count(i.id) FILTER (WHERE i.place = 'confirmed')::int AS confirmed,
    count(i.id) FILTER (WHERE i.place = 'waiting')::int AS waiting,
    count(i.id) FILTER (WHERE i.answer = 'maybe')::int AS maybe,
    count(i.id) FILTER (WHERE i.answer = 'no')::int AS declined,
    count(i.id) FILTER (WHERE i.answer IS NULL)::int AS unanswered
  FROM pool_sessions s LEFT JOIN pool_invitations i ON i.session_id = s.id`;

export async function listSessions(pool: Pool): Promise<SessionOverview[]> {
  const { rows } = await pool.query<SessionOverview>(`${OVERVIEW} GROUP BY s.id ORDER BY s.starts_at`);
  return rows;
}

/** A session by its reference; a clear error for a typo or an unknown one. */
export async function findSession(db: Pool | PoolClient, reference: string): Promise<SessionOverview> {
  if (!isReference(reference, SESSION_REFERENCE_PREFIX))
    throw new TeamError(
      `"${reference}" is not a session reference. It looks like S-7K3Q-9P; list them with: npm run team -- sessions list`,
    );
  const { rows } = await db.query<SessionOverview>(`${OVERVIEW} WHERE s.reference = $1 GROUP BY s.id`, [
    reference,
  ]);
  if (!rows[0]) throw new TeamError(`No session ${reference}.`);
  return rows[0];
}

/** Who was invited to a session and how they answered, in the order they were invited. */
export interface InviteeRow {
  invitation_id: string;
  reference: string;
  name: string;
  email: string;
  locale: string;
  answer: string | null;
  place: string | null;
  waiting_since: Date | null;
  answered_at: Date | null;
  present: boolean | null;
  /** Whether the invitation mail went: sent, unsent (no SMTP), failed. */
  mail_status: string | null;
  /** The reminder: sent, unsent, or none yet. */
  reminder: string | null;
}

export async function invitees(db: Pool | PoolClient, sessionId: string): Promise<InviteeRow[]> {
  const { rows } = await db.query<InviteeRow>(
    `SELECT i.id AS invitation_id, e.reference, e.name, e.email, i.locale, i.answer, i.place,
            i.waiting_since, i.answered_at, a.present, i.mail_status, r.mail_status AS reminder
       FROM pool_invitations i
       JOIN expert_signups e ON e.id = i.signup_id
       LEFT JOIN pool_attendance a ON a.session_id = i.session_id AND a.signup_id = i.signup_id
       LEFT JOIN pool_reminders r ON r.invitation_id = i.id
      WHERE i.session_id = $1
      ORDER BY i.id`,
    [sessionId],
  );
  return rows;
}

/**
 * Cancels a session. Its links stop working (the neutral page); returns the people to tell: everyone
 * invited who has not said no.
 */
export async function cancelSession(
  pool: Pool,
  reference: string,
): Promise<{ session: SessionOverview; toTell: InviteeRow[] }> {
  const session = await findSession(pool, reference);
  if (session.status === 'cancelled') throw new TeamError(`${reference} was already cancelled.`);
  await pool.query(
    "UPDATE pool_sessions SET status = 'cancelled', cancelled_at = now() WHERE id = $1 AND status = 'planned'",
    [session.id],
  );
  const toTell = (await invitees(pool, session.id)).filter((i) => i.answer !== 'no');
  return { session: { ...session, status: 'cancelled' }, toTell };
}
