/**
 * Telling people about their place: "a place for you" to the first on the waiting list when an
 * answer freed one (after the answer is stored, never holding it up), and the cancellation to
 * everyone who had not said no. Whether each mail went is recorded or returned; nothing is logged
 * about the person.
 */
import type { Pool } from '../db/pool.ts';
import type { Mailer, RecordedMailStatus } from '../mail/mailer.ts';
import type { RenderedMail } from '../mail/render.ts';
import { cancellationMail, placeMail } from './mails.ts';
import { SESSION_COLUMNS, sessionFromJson, type InviteeRow, type SessionRow } from './sessions.ts';

async function send(mailer: Mailer, to: string, mail: RenderedMail): Promise<RecordedMailStatus> {
  try {
    return await mailer.send({ to, mail });
  } catch {
    return 'failed';
  }
}

export async function tellNewPlace(
  pool: Pool,
  invitationId: string,
  mailer: Mailer,
): Promise<RecordedMailStatus> {
  const { rows } = await pool.query<{ name: string; email: string; locale: string; session: SessionRow }>(
    `SELECT e.name, e.email, i.locale, to_jsonb(s) AS session
       FROM pool_invitations i
       JOIN expert_signups e ON e.id = i.signup_id
       JOIN pool_sessions s ON s.id = i.session_id
      WHERE i.id = $1`,
    [invitationId],
  );
  const person = rows[0];
  if (!person) return 'failed';
  const session = sessionFromJson(person.session);
  const status = await send(mailer, person.email, placeMail(session, person));
  await pool.query('UPDATE pool_invitations SET place_mail_status = $2 WHERE id = $1', [
    invitationId,
    status,
  ]);
  return status;
}

export async function tellCancelled(
  pool: Pool,
  session: SessionRow,
  people: InviteeRow[],
  mailer: Mailer,
): Promise<Array<{ reference: string; locale: string; mailStatus: RecordedMailStatus }>> {
  const { rows } = await pool.query<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM pool_sessions WHERE id = $1`,
    [session.id],
  );
  const current = rows[0] ?? session;
  const told = [];
  for (const person of people)
    told.push({
      reference: person.reference,
      locale: person.locale,
      mailStatus: await send(mailer, person.email, cancellationMail(current, person)),
    });
  return told;
}
