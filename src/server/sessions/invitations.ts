/**
 * Inviting people to a session: the suggested varied pool (src/server/team/pool.ts) less those
 * already invited, or sign-ups by reference. Each invitation gets a one-time token (only its hash
 * is stored, src/server/tokens/token.ts); the token goes into the person's mail and nowhere else.
 * Whether the mail went is recorded on the invitation (`mail_status`); a mail that did not go is
 * sent again with a new token, because the old one exists nowhere.
 */
import { siteUrl } from '../../config/site-url.ts';
import { invitationPath } from '../../i18n/urls.ts';
import type { Pool } from '../db/pool.ts';
import { errorFields, type Logger } from '../log.ts';
import type { Mailer, RecordedMailStatus } from '../mail/mailer.ts';
import { suggestPool } from '../team/pool.ts';
import { TeamError } from '../team/questions.ts';
import { listSignups } from '../team/signups.ts';
import { newToken } from '../tokens/token.ts';
import { invitationMail } from './mails.ts';
import { findSession, type SessionOverview } from './sessions.ts';

export interface Invitee {
  invitationId: string;
  reference: string;
  name: string;
  email: string;
  locale: string;
}

export interface Sent extends Invitee {
  mailStatus: RecordedMailStatus;
}

/** The reply page's full address for a token. */
export function replyUrl(locale: string, token: string, base = siteUrl()): string {
  return `${base}${invitationPath(locale, token)}`;
}

function invitable(session: SessionOverview, now: Date): void {
  if (session.status === 'cancelled') throw new TeamError(`${session.reference} is cancelled.`);
  if (session.starts_at <= now) throw new TeamError(`${session.reference} has already started.`);
}

/** Sign-up references of the suggested pool of `size`, leaving out people invited to this session. */
export async function suggestInvitees(pool: Pool, session: SessionOverview, size: number): Promise<string[]> {
  const { rows } = await pool.query<{ reference: string }>(
    `SELECT e.reference FROM pool_invitations i JOIN expert_signups e ON e.id = i.signup_id
      WHERE i.session_id = $1`,
    [session.id],
  );
  const invited = new Set(rows.map((r) => r.reference));
  const candidates = (await listSignups(pool, { confirmedOnly: true })).filter(
    (s) => !invited.has(s.reference),
  );
  return suggestPool(candidates, size, new Date().getFullYear()).map((p) => p.row.reference);
}

/** Creates invitations (one per person and session; existing ones are skipped) with new tokens. */
async function createInvitations(
  pool: Pool,
  session: SessionOverview,
  references: string[],
): Promise<{ created: Array<Invitee & { token: string }>; already: string[] }> {
  const { rows: people } = await pool.query<{
    id: string;
    reference: string;
    name: string;
    email: string;
    locale: string;
    confirmed_at: Date | null;
  }>(
    'SELECT id, reference, name, email, locale, confirmed_at FROM expert_signups WHERE reference = ANY($1)',
    [references],
  );
  const unknown = references.filter((r) => !people.some((p) => p.reference === r));
  if (unknown.length > 0) throw new TeamError(`No sign-up ${unknown.join(', ')}. Nobody was invited.`);
  // Only people who confirmed their address are invited (src/server/team/signups.ts, CONFIRMED).
  const unconfirmed = people.filter((p) => p.confirmed_at === null).map((p) => p.reference);
  if (unconfirmed.length > 0)
    throw new TeamError(
      `${unconfirmed.join(', ')} did not confirm their e-mail address: they cannot be invited. Nobody was invited.`,
    );
  const created: Array<Invitee & { token: string }> = [];
  const already: string[] = [];
  for (const person of references.map((r) => people.find((p) => p.reference === r)!)) {
    const { token, hash } = newToken();
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO pool_invitations (session_id, signup_id, signup_reference, token_hash, locale)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (session_id, signup_id) DO NOTHING RETURNING id`,
      [session.id, person.id, person.reference, hash, person.locale],
    );
    if (rows[0])
      created.push({
        invitationId: rows[0].id,
        reference: person.reference,
        name: person.name,
        email: person.email,
        locale: person.locale,
        token,
      });
    else already.push(person.reference);
  }
  return { created, already };
}

async function mailInvitations(
  pool: Pool,
  session: SessionOverview,
  invitees: Array<Invitee & { token: string }>,
  mailer: Mailer,
  logger?: Logger,
): Promise<Sent[]> {
  const sent: Sent[] = [];
  for (const invitee of invitees) {
    const { token, ...rest } = invitee;
    const { mail, attachments } = invitationMail(session, invitee, replyUrl(invitee.locale, token));
    let mailStatus: RecordedMailStatus;
    try {
      mailStatus = await mailer.send({ to: invitee.email, mail, attachments });
    } catch (error) {
      mailStatus = 'failed';
      logger?.error('invite.mail_failed', { session: session.reference, ...errorFields(error) });
    }
    await pool.query('UPDATE pool_invitations SET mail_status = $2 WHERE id = $1', [
      invitee.invitationId,
      mailStatus,
    ]);
    sent.push({ ...rest, mailStatus });
  }
  return sent;
}

export interface InviteResult {
  session: SessionOverview;
  sent: Sent[];
  /** References that had an invitation to this session already. */
  already: string[];
}

export async function invite(
  pool: Pool,
  sessionReference: string,
  who: { suggest: number } | { references: string[] },
  mailer: Mailer,
  options: { now?: Date; logger?: Logger } = {},
): Promise<InviteResult> {
  const session = await findSession(pool, sessionReference);
  invitable(session, options.now ?? new Date());
  const references = 'suggest' in who ? await suggestInvitees(pool, session, who.suggest) : who.references;
  const { created, already } = await createInvitations(pool, session, references);
  return { session, sent: await mailInvitations(pool, session, created, mailer, options.logger), already };
}

/**
 * Sends again every invitation of the session whose mail did not go (no SMTP then, or a failure),
 * each with a new token: the old link stops working.
 */
export async function resendInvitations(
  pool: Pool,
  sessionReference: string,
  mailer: Mailer,
  options: { now?: Date; logger?: Logger } = {},
): Promise<InviteResult> {
  const session = await findSession(pool, sessionReference);
  invitable(session, options.now ?? new Date());
  const { rows } = await pool.query<Invitee & { signup_id: string }>(
    `SELECT i.id AS "invitationId", e.reference, e.name, e.email, i.locale
       FROM pool_invitations i JOIN expert_signups e ON e.id = i.signup_id
      WHERE i.session_id = $1 AND i.mail_status IS DISTINCT FROM 'sent'
      ORDER BY i.id`,
    [session.id],
  );
  const renewed = [];
  for (const row of rows) {
    const { token, hash } = newToken();
    await pool.query('UPDATE pool_invitations SET token_hash = $2 WHERE id = $1', [row.invitationId, hash]);
    renewed.push({ ...row, token });
  }
  return {
    session,
    sent: await mailInvitations(pool, session, renewed, mailer, options.logger),
    already: [],
  };
}
