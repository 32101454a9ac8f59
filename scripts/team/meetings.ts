/**
 * The team's commands for the pool's meetings (issue 12), part of `npm run team` (scripts/team.ts):
 * sessions, invitations, attendance, tips, insight drafts, reminders. The work is in
 * src/server/sessions/; this file reads the options and prints.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Pool } from '../../src/server/db/pool.ts';
import { recordAttendance, signupReferences } from '../../src/server/sessions/attendance.ts';
import { attendanceList, ATTENDANCE_COLUMNS } from '../../src/server/sessions/export.ts';
import { draftInsights } from '../../src/server/sessions/insight-drafts.ts';
import {
  parseSessionInput,
  SESSION_USAGE,
  type SessionOptions,
} from '../../src/server/sessions/session-input.ts';
import {
  cancelSession,
  createSession,
  findSession,
  invitees,
  listSessions,
  type SessionRow,
} from '../../src/server/sessions/sessions.ts';
import { addTips, importTips } from '../../src/server/sessions/tips.ts';
import { invite, resendInvitations, type InviteResult } from '../../src/server/sessions/invitations.ts';
import { tellCancelled } from '../../src/server/sessions/places.ts';
import { mailReminder, sendDueReminders } from '../../src/server/sessions/reminders.ts';
import { createMailer, mailerConfigFromEnv } from '../../src/server/mail/mailer.ts';
import { toCsv } from '../../src/server/team/csv.ts';
import { TeamError } from '../../src/server/team/questions.ts';
import { formatTable } from '../../src/server/team/table.ts';
import { SITE_TIME_ZONE, wallClockAt } from '../../src/lib/wall-clock.ts';
import { siteUrl } from '../../src/config/site-url.ts';

export type Command = (pool: Pool, target: string | undefined, rest: string[]) => Promise<void>;

/** The options these commands read (parseArgs definitions, merged into scripts/team.ts). */
export const MEETING_OPTIONS = {
  title: { type: 'string' },
  topic: { type: 'string' },
  date: { type: 'string' },
  time: { type: 'string' },
  duration: { type: 'string' },
  online: { type: 'string' },
  address: { type: 'string' },
  capacity: { type: 'string' },
  language: { type: 'string' },
  interpreters: { type: 'string' },
  refs: { type: 'string' },
  resend: { type: 'boolean' },
  present: { type: 'string' },
  absent: { type: 'string' },
  theme: { type: 'string' },
  text: { type: 'string' },
  by: { type: 'string' },
  agreed: { type: 'boolean' },
  dir: { type: 'string' },
} as const;

export type MeetingOptions = SessionOptions & {
  suggest?: string;
  refs?: string;
  resend?: boolean;
  present?: string;
  absent?: string;
  theme?: string;
  text?: string;
  by?: string;
  agreed?: boolean;
  dir?: string;
  out?: string;
};

export const MEETING_USAGE = `  ${SESSION_USAGE}
  sessions list | sessions show S-REF | sessions cancel S-REF
  sessions export S-REF [--out FILE]        the attendance list (CSV)
  invite S-REF --suggest N | --refs E-…,E-… | --resend   mails personal invitations (SMTP_URL)
  reminders                                  sends the reminders that are due now (also hourly)
  attendance S-REF [--present E-…,E-…] [--absent E-…]
  tips add S-REF --theme T --text "…" [--language nl] [--by E-REF --agreed]
  tips import S-REF FILE.csv                 columns text, theme, language[, by, agreed]
  insights draft S-REF [--dir content/insights]`;

const DEFAULT_INSIGHTS_DIR = fileURLToPath(new URL('../../content/insights/', import.meta.url));

/** "2026-10-26 10:00": Amsterdam wall-clock time, for the team's tables. */
export function when(instant: Date): string {
  const wall = wallClockAt(instant);
  return `${wall.date} ${wall.time}`;
}

function where(s: Pick<SessionRow, 'mode' | 'address' | 'online_url'>): string {
  return s.mode === 'online' ? `online (${s.online_url})` : (s.address ?? '');
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new TeamError('--suggest needs a number of people, e.g. --suggest 20.');
  return n;
}

function printUnsent(references: string[], what: string): void {
  if (references.length === 0) return;
  console.log(
    `Not sent: ${references.join(' ')}. ${process.env.SMTP_URL ? 'The mail server refused or was down.' : 'SMTP_URL is not set.'} ${what}.`,
  );
}

function printInvitations({ session, sent, already }: InviteResult): void {
  console.log(`${session.reference} ${session.title}, ${when(session.starts_at)} Amsterdam time.`);
  if (sent.length > 0)
    console.log(
      formatTable(
        sent.map((s) => ({ ...s })),
        ['reference', 'name', 'locale', 'mailStatus'],
      ),
    );
  const perLanguage = Object.entries(Object.groupBy(sent, (s) => s.locale))
    .map(([lang, list]) => `${lang} ${list!.length}`)
    .join(', ');
  console.log(`Invited ${sent.length}${perLanguage ? ` (${perLanguage})` : ''}.`);
  if (sent.length > 0) console.log(`The links in the mails start with ${siteUrl()} (SITE_URL).`);
  if (already.length > 0) console.log(`Already invited, left as they were: ${already.join(' ')}.`);
  printUnsent(
    sent.filter((s) => s.mailStatus !== 'sent').map((s) => s.reference),
    `When the mail works: npm run team -- invite ${session.reference} --resend (new links)`,
  );
}

function target(value: string | undefined, usage: string): string {
  if (!value) throw new TeamError(`Which session? Usage: npm run team -- ${usage}`);
  return value.toUpperCase();
}

export function meetingCommands(
  options: MeetingOptions,
  output: (text: string) => void,
): Record<string, Command> {
  return {
    'sessions create': async (pool) => {
      const s = await createSession(pool, parseSessionInput(options));
      console.log(
        `Created ${s.reference}: ${s.title}, ${when(s.starts_at)} (${SITE_TIME_ZONE}), ${s.duration_minutes} min, ${where(s)}, ${s.capacity} places.\n` +
          `Invite people with: npm run team -- invite ${s.reference} --suggest ${s.capacity}`,
      );
    },
    'sessions list': async (pool) => {
      const rows = await listSessions(pool);
      console.log(
        formatTable(
          rows.map((s) => ({
            ...s,
            starts: when(s.starts_at),
            where: s.mode === 'online' ? 'online' : s.address,
            places: `${s.confirmed}/${s.capacity}`,
          })),
          [
            'reference',
            'starts',
            'status',
            'title',
            'where',
            'places',
            'waiting',
            'maybe',
            'declined',
            'unanswered',
          ],
        ),
      );
      console.log(`${rows.length} session(s). Times are Amsterdam time.`);
    },
    'sessions show': async (pool, ref) => {
      const s = await findSession(pool, target(ref, 'sessions show S-REF'));
      console.log(
        [
          `${s.reference}  ${s.title}${s.status === 'cancelled' ? '  (CANCELLED)' : ''}`,
          `topic         ${s.topic}`,
          `starts        ${when(s.starts_at)} Amsterdam time (${s.starts_at.toISOString()}), ${s.duration_minutes} minutes`,
          `where         ${where(s)}`,
          `language      ${s.working_language}${s.interpreters.length ? `, interpreters for ${s.interpreters.join(', ')}` : ', no interpreters'}`,
          `places        ${s.confirmed} of ${s.capacity} confirmed, ${s.waiting} waiting, ${s.maybe} maybe, ${s.declined} no, ${s.unanswered} not answered`,
          '',
        ].join('\n'),
      );
      console.log(
        formatTable(
          (await invitees(pool, s.id)).map((i) => ({
            ...i,
            answer: i.answer ?? '—',
            place: i.place ?? '',
            present: i.present === null ? '' : i.present ? 'present' : 'absent',
          })),
          ['reference', 'name', 'locale', 'mail_status', 'answer', 'place', 'reminder', 'present'],
        ),
      );
    },
    'sessions cancel': async (pool, ref) => {
      const { session, toTell } = await cancelSession(pool, target(ref, 'sessions cancel S-REF'));
      const told = await tellCancelled(pool, session, toTell, createMailer(mailerConfigFromEnv()));
      console.log(
        `${session.reference} is cancelled. Its personal links now show a neutral page.\n` +
          `${toTell.length} invited people had not said no; the cancellation mail to each:`,
      );
      if (told.length > 0) console.log(formatTable(told, ['reference', 'locale', 'mailStatus']));
      printUnsent(
        told.filter((t) => t.mailStatus !== 'sent').map((t) => t.reference),
        'Tell them yourself',
      );
    },
    'sessions export': async (pool, ref) => {
      const { rows } = await attendanceList(pool, target(ref, 'sessions export S-REF'));
      output(toCsv(rows, ATTENDANCE_COLUMNS));
    },
    invite: async (pool, ref) => {
      const reference = target(ref, 'invite S-REF --suggest N | --refs E-…,E-…');
      const mailer = createMailer(mailerConfigFromEnv());
      let result: InviteResult;
      if (options.resend) result = await resendInvitations(pool, reference, mailer);
      else if (options.suggest)
        result = await invite(pool, reference, { suggest: count(options.suggest) }, mailer);
      else if (options.refs)
        result = await invite(pool, reference, { references: signupReferences(options.refs) }, mailer);
      else
        throw new TeamError(
          `Whom? Usage: npm run team -- invite ${reference} --suggest 20 (or --refs E-…,E-…)`,
        );
      printInvitations(result);
    },
    reminders: async (pool) => {
      const result = await sendDueReminders(pool, mailReminder(createMailer(mailerConfigFromEnv())));
      console.log(
        `Reminders: ${result.sent} sent now, ${result.skipped} already sent by another run, ${result.failed} failed (tried again next time).`,
      );
    },
    attendance: async (pool, ref) => {
      const reference = target(ref, 'attendance S-REF --present E-…,E-… --absent E-…');
      const present = signupReferences(options.present);
      const absent = signupReferences(options.absent);
      if (present.length + absent.length > 0) {
        const done = await recordAttendance(pool, reference, present, absent);
        console.log(`Recorded ${done.present} present and ${done.absent} absent for ${reference}.`);
      }
      const s = await findSession(pool, reference);
      const list = (await invitees(pool, s.id)).filter((i) => i.place === 'confirmed' || i.present !== null);
      console.log(
        formatTable(
          list.map((i) => ({ ...i, present: i.present === null ? '?' : i.present ? 'present' : 'absent' })),
          ['reference', 'name', 'place', 'present'],
        ),
      );
    },
    'tips add': async (pool, ref) => {
      const reference = target(ref, 'tips add S-REF --theme T --text "…"');
      if (options.by && !options.agreed)
        throw new TeamError(
          '--by names the person with the tip: only when they agreed to that. Add --agreed, or leave --by out.',
        );
      await addTips(pool, reference, [
        {
          text: options.text ?? '',
          theme: options.theme ?? '',
          language: options.language ?? 'nl',
          by: options.by,
        },
      ]);
      console.log(
        `Tip added to ${reference}${options.by ? `, with ${options.by} (agreed)` : ', anonymous'}.`,
      );
    },
    'tips import': async (pool, ref, [file]) => {
      const reference = target(ref, 'tips import S-REF FILE.csv');
      if (!file) throw new TeamError(`Which file? Usage: npm run team -- tips import ${reference} tips.csv`);
      const result = await importTips(pool, reference, readFileSync(file, 'utf8'));
      console.log(`Imported ${result.added} tip(s) into ${reference}.`);
      if (result.madeAnonymous.length > 0)
        console.log(
          `Kept anonymous (a "by" without agreed = yes) on line(s) ${result.madeAnonymous.join(', ')}.`,
        );
    },
    'insights draft': async (pool, ref) => {
      const reference = target(ref, 'insights draft S-REF');
      const drafts = await draftInsights(pool, reference, options.dir ?? DEFAULT_INSIGHTS_DIR);
      for (const d of drafts)
        console.log(`${d.written ? 'Wrote' : 'Kept  '} ${d.file}  (${d.theme}: ${d.tips} tip(s))`);
      console.log(
        `${drafts.filter((d) => d.written).length} new draft(s), marked status: draft — not on the site until an editor finishes them.`,
      );
    },
  };
}
