/**
 * The team's meeting commands as a separate process (`npm run team -- …`) against a real
 * database: sessions create (Amsterdam time across a daylight-saving switch), list, show, cancel;
 * attendance; tips added and imported; insight drafts written; the attendance list exported
 * formula-safe; and the session's personal data gone after retention and after an erase.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { insightSchema } from '../../../src/content-model/insight-schema.ts';
import { retentionConfig } from '../../../src/config/retention.ts';
import { purge } from '../../../src/server/retention/purge.ts';
import { reply } from '../../../src/server/sessions/replies.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { seedInvitations, seedSignups } from '../../../support/fixtures/sessions.ts';
import { runTeam } from '../../../support/team-cli.ts';
import { readCsv } from '../../../src/server/team/csv-read.ts';
import { startMailCatcher, type MailCatcher } from '../../../support/mail-catcher.ts';

let db: TestDatabase;
let smtp: MailCatcher;
let dir: string;
let people: Array<{ id: string; reference: string }>;

const team = (...args: string[]) => runTeam(db.url, ...args);
/** The same with mail going to the in-process SMTP server. */
const mailing = (...args: string[]) =>
  runTeam(
    {
      url: db.url,
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'pool@wegwijzer.test', SITE_URL: 'https://wegwijzer.test' },
    },
    ...args,
  );

/** The last Sunday of October next year: the night the clocks go back. */
function octoberSwitch(): string {
  const year = new Date().getUTCFullYear() + 1;
  const day = new Date(Date.UTC(year, 9, 31));
  day.setUTCDate(31 - day.getUTCDay());
  return day.toISOString().slice(0, 10);
}

const sessionIdOf = async (reference: string) =>
  (await db.pool.query<{ id: string }>('SELECT id FROM pool_sessions WHERE reference = $1', [reference]))
    .rows[0]!.id;

let session = '';

beforeAll(async () => {
  db = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'wegwijzer-meetings-'));
  smtp = await startMailCatcher();
  people = await seedSignups(db.pool, 6);
}, 120_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await smtp?.close();
  await db?.stop();
});

describe('npm run team: the pool meetings', () => {
  it('creates a session in Amsterdam time on the day the clocks go back, and lists it', async () => {
    const day = octoberSwitch();
    const created = await team(
      'sessions',
      'create',
      '--title',
      'Brieven',
      '--topic',
      'Duidelijke brieven',
      '--date',
      day,
      '--time',
      '14:00',
      '--duration',
      '90',
      '--address',
      'Spui 70, Den Haag',
      '--capacity',
      '2',
      '--interpreters',
      'ar,ti',
    );
    expect(created.code, created.err).toBe(0);
    session = /Created (S-[A-Z0-9]{4}-[A-Z0-9]{2})/.exec(created.out)![1]!;
    expect(created.out).toContain(`${day} 14:00 (Europe/Amsterdam), 90 min`);
    const { rows } = await db.pool.query('SELECT starts_at FROM pool_sessions WHERE reference = $1', [
      session,
    ]);
    // Winter time from 03:00 that night: 14:00 is 13:00 UTC.
    expect((rows[0].starts_at as Date).toISOString()).toBe(`${day}T13:00:00.000Z`);
    const list = await team('sessions', 'list');
    expect(list.out).toContain(session);
    expect(list.out).toContain(`${day} 14:00`);
    expect(list.out).toContain('0/2');
  });

  it('refuses a time that happens twice, an online session without https, and a typo in a reference', async () => {
    const create = (date: string, time: string, online: string) =>
      team(
        'sessions',
        'create',
        '--title',
        'x',
        '--topic',
        'y',
        '--date',
        date,
        '--time',
        time,
        '--online',
        online,
        '--capacity',
        '5',
      );
    const twice = await create(octoberSwitch(), '02:30', 'https://meet.example/x');
    expect(twice.code).toBe(1);
    expect(twice.err).toContain('happens twice in Amsterdam');
    const insecure = await create('2099-01-05', '10:00', 'http://meet.example/x');
    expect(insecure.err).toContain('https://');
    expect((await team('sessions', 'show', 'S-0000-00')).err).toContain('is not a session reference');
  });

  it('shows who answered; records attendance; refuses people who were not invited', async () => {
    const id = await sessionIdOf(session);
    const invited = await seedInvitations(
      db.pool,
      id,
      people.slice(0, 4).map((p) => p.id),
    );
    await reply(db.pool, invited[0]!.hash, 'yes', { bodyHash: 'a' });
    await reply(db.pool, invited[1]!.hash, 'yes', { bodyHash: 'b' });
    await reply(db.pool, invited[2]!.hash, 'yes', { bodyHash: 'c' });
    await reply(db.pool, invited[3]!.hash, 'no', { bodyHash: 'd' });
    const show = await team('sessions', 'show', session);
    expect(show.out).toContain('2 of 2 confirmed, 1 waiting, 0 maybe, 1 no, 0 not answered');
    expect(show.out).toContain('interpreters for ar, ti');
    const [p0, p1, , , p4] = people;
    const stranger = await team('attendance', session, '--present', p4!.reference);
    expect(stranger.code).toBe(1);
    expect(stranger.err).toContain(`Not invited to ${session}: ${p4!.reference}`);
    const done = await team('attendance', session, '--present', p0!.reference, '--absent', p1!.reference);
    expect(done.out).toContain('Recorded 1 present and 1 absent');
    expect(done.out).toMatch(new RegExp(`${p0!.reference}.*present`));
  });

  it('adds tips (named only with --agreed), imports a CSV (anonymous without agreed) and drafts insights per theme', async () => {
    const tip = ['tips', 'add', session, '--theme', 'Brieven', '--text', 'Zet de datum bovenaan.'];
    const named = await team(...tip, '--by', people[0]!.reference);
    expect(named.code).toBe(1);
    expect(named.err).toContain('--agreed');
    const ok = await team(...tip, '--by', people[0]!.reference, '--agreed');
    expect(ok.out).toContain('(agreed)');
    const csv = join(dir, 'tips.csv');
    writeFileSync(
      csv,
      `text;theme;language;by;agreed\n"Een telefoonnummer; niet alleen mail";Bereikbaarheid;nl;;\nاكتبوا بلغة بسيطة;brieven;ar;${people[1]!.reference};nee\n=1+1 chat;Bereikbaarheid;ti;${people[2]!.reference};ja\n`,
    );
    const imported = await team('tips', 'import', session, csv);
    expect(imported.out).toContain('Imported 3 tip(s)');
    expect(imported.out).toContain('Kept anonymous (a "by" without agreed = yes) on line(s) 3');
    const { rows } = await db.pool.query(
      'SELECT count(*) FILTER (WHERE signup_id IS NOT NULL)::int AS named, count(*)::int AS n FROM pool_tips',
    );
    expect(rows[0]).toEqual({ named: 2, n: 4 });

    expect((await team('insights', 'draft', session, '--dir', dir)).err).toContain('has not taken place yet');
    // The session took place (on a day in the past: the content check refuses insights dated later).
    await db.pool.query("UPDATE pool_sessions SET starts_at = '2025-10-26T13:00:00Z' WHERE reference = $1", [
      session,
    ]);
    const drafted = await team('insights', 'draft', session, '--dir', dir);
    expect(drafted.code, drafted.err).toBe(0);
    expect(drafted.out).toContain('2 new draft(s)');
    const files = readdirSync(join(dir, 'nl')).sort();
    expect(files).toEqual(['2025-10-26-bereikbaarheid.yaml', '2025-10-26-brieven.yaml']);
    const brieven = insightSchema.parse(parse(readFileSync(join(dir, 'nl', files[1]!), 'utf8')));
    expect(brieven).toMatchObject({ status: 'draft', theme: 'Brieven', session, insight: '' });
    expect(brieven.tips?.map((t) => t.language).sort()).toEqual(['ar', 'nl']);
    // The draft carries no names or references.
    expect(readFileSync(join(dir, 'nl', files[1]!), 'utf8')).not.toMatch(/E-[A-Z0-9]{4}/);
    // Drafting again keeps the editor's files.
    writeFileSync(join(dir, 'nl', files[0]!), 'edited');
    expect((await team('insights', 'draft', session, '--dir', dir)).out).toContain('0 new draft(s)');
    expect(readFileSync(join(dir, 'nl', files[0]!), 'utf8')).toBe('edited');
  });

  it('exports the attendance list as CSV with formulas neutralised', async () => {
    await db.pool.query(
      'UPDATE expert_signups SET name = \'=HYPERLINK("http://evil.example")\' WHERE id = $1',
      [people[0]!.id],
    );
    const out = join(dir, 'attendance.csv');
    const exported = await team('sessions', 'export', session, '--out', out);
    expect(exported.code, exported.err).toBe(0);
    const csv = readFileSync(out, 'utf8');
    // Read back as a spreadsheet would (src/server/team/csv-read.ts): every cell quoted, the formula inert.
    const rows = readCsv(csv).map((r) => r.cells);
    expect(Object.keys(rows[0]!)).toEqual([
      'session',
      'reference',
      'name',
      'email',
      'language',
      'answer',
      'place',
      'present',
    ]);
    expect(csv.split('\r\n')[0]).toBe(
      '"session","reference","name","email","language","answer","place","present"',
    );
    expect(rows.find((r) => r.reference === people[0]!.reference)).toMatchObject({
      name: `'=HYPERLINK("http://evil.example")`,
      answer: 'yes',
      place: 'confirmed',
      present: 'present',
    });
    expect(rows.find((r) => r.reference === people[3]!.reference)).toMatchObject({
      answer: 'no',
      place: '',
      present: '',
    });
  });

  it("invites by mail: in each person's language, saying where the links point; without SMTP, unsent and listed", async () => {
    const other = /Created (S-[A-Z0-9]{4}-[A-Z0-9]{2})/.exec(
      (
        await team(
          ...['sessions', 'create', '--title', 'Online', '--topic', 'Hulp vinden', '--date', '2099-03-02'],
          ...['--time', '19:00', '--online', 'https://meet.example/x', '--capacity', '3'],
        )
      ).out,
    )![1]!;
    const unsent = await team('invite', other, '--refs', people[5]!.reference);
    expect(unsent.out).toContain(`Not sent: ${people[5]!.reference}. SMTP_URL is not set.`);
    expect(unsent.out).toContain(`npm run team -- invite ${other} --resend`);
    expect((await team('sessions', 'show', other)).out).toMatch(
      new RegExp(`${people[5]!.reference}.*unsent`),
    );
    const mailed = await mailing('invite', other, '--suggest', '2');
    expect(mailed.code, mailed.err).toBe(0);
    expect(mailed.out).toMatch(/Invited 2 \(/);
    expect(mailed.out).toContain('The links in the mails start with https://wegwijzer.test (SITE_URL).');
    expect(smtp.mails).toHaveLength(2);
    expect(smtp.mails[0]!.mail.text).toContain('https://wegwijzer.test/');
    const resent = await mailing('invite', other, '--resend');
    expect(resent.out).toMatch(/Invited 1 \(/);
    expect(smtp.mails).toHaveLength(3);
    expect((await team('reminders')).out).toContain('Reminders: 0 sent now');
    smtp.mails.length = 0;
    const cancelled = await mailing('sessions', 'cancel', other);
    expect(cancelled.out).toContain('3 invited people had not said no');
    expect(smtp.mails).toHaveLength(3);
  });

  it('cancels: the session says so and names whom to tell', async () => {
    const cancelled = await team('sessions', 'cancel', session);
    expect(cancelled.out).toContain(`${session} is cancelled`);
    expect(cancelled.out).toContain('3 invited people had not said no');
    expect(cancelled.out).toContain('SMTP_URL is not set. Tell them yourself.');
    expect((await team('sessions', 'cancel', session)).err).toContain('already cancelled');
  });

  it('erasing a person removes their invitations, answers, attendance and name on tips', async () => {
    const person = people[0]!;
    const erased = await team('erase', person.reference);
    expect(erased.code, erased.err).toBe(0);
    expect(erased.out).toMatch(/, [12] invitation\(s\) with answers, 1 attendance record\(s\)\./);
    for (const [table, column] of [
      ['pool_invitations', 'signup_id'],
      ['pool_attendance', 'signup_id'],
      ['pool_tips', 'signup_id'],
    ])
      expect((await db.pool.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [person.id])).rows).toEqual(
        [],
      );
    const replies = await db.pool.query(
      'SELECT count(*)::int AS n FROM pool_replies r LEFT JOIN pool_invitations i ON i.id = r.invitation_id WHERE i.id IS NULL',
    );
    expect(replies.rows[0].n).toBe(0);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM pool_tips')).rows[0].n).toBe(4);
  });

  it('retention: the personal data of a session goes the set days after it; the session and its tips stay', async () => {
    const id = await sessionIdOf(session);
    const ends = await db.pool.query<{ ends: Date }>(
      'SELECT starts_at + make_interval(mins => duration_minutes) AS ends FROM pool_sessions WHERE id = $1',
      [id],
    );
    const config = retentionConfig({ SESSION_RETENTION_DAYS: '30' });
    const before = await purge(db.pool, config, new Date(ends.rows[0]!.ends.getTime() + 29 * 86_400_000));
    expect(before.sessions).toEqual([]);
    const after = await purge(db.pool, config, new Date(ends.rows[0]!.ends.getTime() + 31 * 86_400_000));
    expect(after.sessions).toEqual([session]);
    for (const table of ['pool_invitations', 'pool_attendance'])
      expect((await db.pool.query(`SELECT 1 FROM ${table} WHERE session_id = $1`, [id])).rows).toEqual([]);
    const tips = await db.pool.query('SELECT signup_id FROM pool_tips WHERE session_id = $1', [id]);
    expect(tips.rows.map((r) => r.signup_id)).toEqual([null, null, null, null]);
  });
});
