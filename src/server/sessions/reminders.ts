/**
 * Reminders: two days before a session (on the Amsterdam calendar: Saturday 10:00 for Monday
 * 10:00, also across a daylight-saving switch), everyone with a confirmed place gets one mail with
 * the link or the address. At most once per person per session, also when the scheduled function
 * runs twice or twice at once: each reminder first claims its row in pool_reminders (primary key:
 * the invitation), in the same transaction as the send. A second run waits on that row and then
 * finds it taken; a failed send rolls the claim back, so the next run tries again.
 */
import type { PoolClient } from 'pg';
import { SITE_TIME_ZONE } from '../../lib/wall-clock.ts';
import { transaction } from '../db/idempotency.ts';
import type { Pool } from '../db/pool.ts';
import type { Mailer } from '../mail/mailer.ts';
import { reminderMail } from './mails.ts';
import { sessionFromJson, type SessionRow } from './sessions.ts';

export const REMINDER_DAYS_BEFORE = 2;

export interface DueReminder {
  invitationId: string;
  signupId: string;
  locale: string;
  name: string;
  email: string;
  session: SessionRow;
}

/** Confirmed places of sessions that start within two calendar days and had no reminder yet. */
async function due(pool: Pool, now: Date): Promise<Array<{ invitation_id: string }>> {
  const { rows } = await pool.query<{ invitation_id: string }>(
    `SELECT i.id AS invitation_id
       FROM pool_invitations i JOIN pool_sessions s ON s.id = i.session_id
      WHERE s.status = 'planned' AND i.place = 'confirmed'
        AND s.starts_at > $1
        AND $1 >= ((s.starts_at AT TIME ZONE $2) - make_interval(days => $3)) AT TIME ZONE $2
        AND NOT EXISTS (SELECT 1 FROM pool_reminders r WHERE r.invitation_id = i.id)
      ORDER BY s.starts_at, i.id`,
    [now, SITE_TIME_ZONE, REMINDER_DAYS_BEFORE],
  );
  return rows;
}

/** Claims the reminder (waits for a concurrent claim to finish); null when it was taken. */
async function claim(db: PoolClient, invitationId: string): Promise<DueReminder | null> {
  const { rows } = await db.query<{ invitation_id: string }>(
    'INSERT INTO pool_reminders (invitation_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING invitation_id',
    [invitationId],
  );
  if (!rows[0]) return null;
  const found = await db.query<DueReminder>(
    `SELECT i.id AS "invitationId", i.signup_id AS "signupId", i.locale, e.name, e.email, to_jsonb(s) AS session
       FROM pool_invitations i
       JOIN pool_sessions s ON s.id = i.session_id
       JOIN expert_signups e ON e.id = i.signup_id
      WHERE i.id = $1 AND i.place = 'confirmed' AND s.status = 'planned'`,
    [invitationId],
  );
  const reminder = found.rows[0];
  return reminder ? { ...reminder, session: sessionFromJson(reminder.session) } : null;
}

/** Sends a reminder by mail; without SMTP the claim stays, marked unsent (the team CLI shows it). */
export function mailReminder(mailer: Mailer) {
  return async (reminder: DueReminder, db: PoolClient): Promise<void> => {
    const status = await mailer.send({ to: reminder.email, mail: reminderMail(reminder.session, reminder) });
    if (status === 'unsent')
      await db.query("UPDATE pool_reminders SET mail_status = 'unsent' WHERE invitation_id = $1", [
        reminder.invitationId,
      ]);
  };
}

export interface RemindersResult {
  sent: number;
  /** Claimed by another run, or no longer confirmed by the time it was claimed. */
  skipped: number;
  failed: number;
}

/**
 * Sends the reminders that are due. `send` delivers one (or queues it); it runs inside the claim's
 * transaction, so when it throws the claim is undone and a later run tries again.
 */
export async function sendDueReminders(
  pool: Pool,
  send: (reminder: DueReminder, db: PoolClient) => Promise<void>,
  now = new Date(),
): Promise<RemindersResult> {
  const result: RemindersResult = { sent: 0, skipped: 0, failed: 0 };
  for (const { invitation_id } of await due(pool, now)) {
    try {
      const sent = await transaction(pool, async (db) => {
        const reminder = await claim(db, invitation_id);
        if (!reminder) return false;
        await send(reminder, db);
        return true;
      });
      if (sent) result.sent++;
      else result.skipped++;
    } catch {
      result.failed++;
    }
  }
  return result;
}
