/**
 * Answers to an invitation: "Ik kom", "Ik kom niet", "Misschien". A yes takes a place while there
 * is one and goes on the waiting list after; when someone with a place says no or maybe, the first
 * on the list gets the place (and a mail). The answer can change until 24 hours before the start.
 *
 * Capacity under concurrency: each answer runs in a transaction that first locks the session's
 * row (SELECT … FOR UPDATE), so answers to one session are decided one after another and the
 * count of confirmed places read after the lock is always current (READ COMMITTED takes a new
 * snapshot per statement). On PGlite the socket server runs one transaction at a time anyway.
 */
import type { PoolClient } from 'pg';
import { IdempotencyConflict, transaction, type StoreMeta } from '../db/idempotency.ts';
import type { Pool } from '../db/pool.ts';
import { endsAt, sessionFromJson, type SessionRow } from './sessions.ts';

export const ANSWERS = ['yes', 'no', 'maybe'] as const;
export type Answer = (typeof ANSWERS)[number];
export type Outcome = 'confirmed' | 'waiting' | 'no' | 'maybe';

/** Until how long before the start an answer can still change. */
export const CHANGE_UNTIL_HOURS = 24;

export interface InvitationView {
  invitationId: string;
  signupId: string;
  locale: string;
  answer: Answer | null;
  place: 'confirmed' | 'waiting' | null;
  session: SessionRow;
  /** False from 24 hours before the start: the page shows the answer but no form. */
  canChange: boolean;
}

/** Why a token leads nowhere; all three get the same neutral page. */
export type Gone = 'unknown' | 'cancelled' | 'ended';

export function canStillChange(session: Pick<SessionRow, 'starts_at'>, now: Date): boolean {
  return now.getTime() < session.starts_at.getTime() - CHANGE_UNTIL_HOURS * 3_600_000;
}

interface Joined {
  invitation_id: string;
  signup_id: string;
  locale: string;
  answer: Answer | null;
  place: 'confirmed' | 'waiting' | null;
  session: SessionRow;
}

/** One query, whatever the token: an unknown token costs the same as a known one. */
async function find(db: Pool | PoolClient, tokenHash: string, lock: boolean): Promise<Joined | undefined> {
  const { rows } = await db.query<Joined>(
    `SELECT i.id AS invitation_id, i.signup_id, i.locale, i.answer, i.place, to_jsonb(s) AS session
       FROM pool_invitations i JOIN pool_sessions s ON s.id = i.session_id
      WHERE i.token_hash = $1
      ${lock ? 'FOR UPDATE OF s, i' : ''}`,
    [tokenHash],
  );
  const row = rows[0];
  return row && { ...row, session: sessionFromJson(row.session) };
}

function view(row: Joined, now: Date): InvitationView | Gone {
  if (row.session.status === 'cancelled') return 'cancelled';
  if (endsAt(row.session) <= now) return 'ended';
  return {
    invitationId: row.invitation_id,
    signupId: row.signup_id,
    locale: row.locale,
    answer: row.answer,
    place: row.place,
    session: row.session,
    canChange: canStillChange(row.session, now),
  };
}

/** The invitation behind a token's hash, or why there is none to show. */
export async function invitationByToken(
  db: Pool | PoolClient,
  tokenHash: string,
  now = new Date(),
): Promise<InvitationView | Gone> {
  const row = await find(db, tokenHash, false);
  return row ? view(row, now) : 'unknown';
}

export class InvitationGone extends Error {
  readonly why: Gone;
  constructor(why: Gone) {
    super(`invitation ${why}`);
    this.why = why;
  }
}

export class TooLateToChange extends Error {
  readonly invitation: InvitationView;
  constructor(invitation: InvitationView) {
    super('too late to change');
    this.invitation = invitation;
  }
}

export interface ReplyResult {
  outcome: Outcome;
  /** False for a repeat of the current answer or a replayed request: nothing changed. */
  changed: boolean;
  sessionReference: string;
  /** The invitation that got a place because this answer freed one (to be told by mail). */
  promotedInvitationId: string | null;
}

async function replay(db: PoolClient, meta: StoreMeta): Promise<ReplyResult | null> {
  if (!meta.idempotencyKey) return null;
  const { rows } = await db.query<{ outcome: Outcome; body_hash: string; reference: string }>(
    `SELECT r.outcome, r.body_hash, s.reference
       FROM pool_replies r
       JOIN pool_invitations i ON i.id = r.invitation_id
       JOIN pool_sessions s ON s.id = i.session_id
      WHERE r.idempotency_key = $1`,
    [meta.idempotencyKey],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.body_hash !== meta.bodyHash) throw new IdempotencyConflict();
  return {
    outcome: row.outcome,
    changed: false,
    sessionReference: row.reference,
    promotedInvitationId: null,
  };
}

/** What a yes gets: the place it has, or a free one, or the waiting list. No and maybe hold none. */
async function decide(db: PoolClient, row: Joined, answer: Answer): Promise<Outcome> {
  if (answer !== 'yes') return answer;
  if (row.place) return row.place;
  const { rows } = await db.query<{ taken: number }>(
    "SELECT count(*)::int AS taken FROM pool_invitations WHERE session_id = $1 AND place = 'confirmed'",
    [row.session.id],
  );
  return rows[0]!.taken < row.session.capacity ? 'confirmed' : 'waiting';
}

/** Gives the first on the waiting list the place that was freed; returns their invitation. */
async function promoteFirstWaiting(db: PoolClient, sessionId: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE pool_invitations SET place = 'confirmed', waiting_since = NULL
      WHERE id = (SELECT id FROM pool_invitations WHERE session_id = $1 AND place = 'waiting'
                   ORDER BY waiting_since, id LIMIT 1)
      RETURNING id`,
    [sessionId],
  );
  return rows[0]?.id ?? null;
}

/**
 * Records an answer. Throws InvitationGone (unknown, cancelled, ended), TooLateToChange (within
 * 24 hours of the start) or IdempotencyConflict (a reused key with another body).
 */
export function reply(
  pool: Pool,
  tokenHash: string,
  answer: Answer,
  meta: StoreMeta,
  now = new Date(),
): Promise<ReplyResult> {
  return transaction(pool, async (db) => {
    // Lock first: two retries with one Idempotency-Key then see each other's reply row.
    const row = await find(db, tokenHash, true);
    const replayed = await replay(db, meta);
    if (replayed) return replayed;
    const current = row ? view(row, now) : 'unknown';
    if (typeof current === 'string') throw new InvitationGone(current);
    if (!current.canChange) throw new TooLateToChange(current);

    const outcome = await decide(db, row!, answer);
    const place = outcome === 'confirmed' || outcome === 'waiting' ? outcome : null;
    const changed = row!.answer !== answer || row!.place !== place;
    if (changed) {
      await db.query(
        `UPDATE pool_invitations
            SET answer = $2, answered_at = $3, place = $4,
                waiting_since = CASE WHEN $4 = 'waiting' THEN $3::timestamptz END
          WHERE id = $1`,
        [current.invitationId, answer, now, place],
      );
    }
    const freed = row!.place === 'confirmed' && place !== 'confirmed';
    const promotedInvitationId = freed ? await promoteFirstWaiting(db, current.session.id) : null;
    if (changed || meta.idempotencyKey) {
      await db.query(
        `INSERT INTO pool_replies (invitation_id, answer, outcome, idempotency_key, body_hash)
         VALUES ($1, $2, $3, $4, $5)`,
        [current.invitationId, answer, outcome, meta.idempotencyKey ?? null, meta.bodyHash],
      );
    }
    return { outcome, changed, sessionReference: current.session.reference, promotedInvitationId };
  });
}
