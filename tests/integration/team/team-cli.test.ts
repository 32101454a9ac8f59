/**
 * The team's tools end to end: `npm run team -- …` (scripts/team.ts) as a separate process against
 * a real database with 200 fixture sign-ups and a few questions — lists, exports with hostile
 * names escaped, the pool overview and suggestion, erase and purge; stored text that would steer
 * the terminal shown inert; exports read back with "," and ";"; export files 0600; sign-ups waiting
 * for their confirmation; no password in any output (issue 16).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyHash } from '../../../src/server/forms/body-hash.ts';
import { storeQuestion } from '../../../src/server/questions/store.ts';
import { storeSignupRequest } from '../../../src/server/signups/request.ts';
import { storeSignup } from '../../../src/server/signups/store.ts';
import { tokenHash } from '../../../src/server/tokens/token.ts';
import { isFormulaCell, readCsv } from '../../../support/csv-read.ts';
import { signupFixture } from '../../../support/fixtures/signups.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';

let db: TestDatabase;
const references: Record<string, string> = {};

/** The database's URL with a password (ignored by the test servers' trust authentication). */
const PASSWORD = 'Pw-secret@4711/x';
const withPassword = () => db.url.replace('postgres@', `postgres:${encodeURIComponent(PASSWORD)}@`);

function team(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return teamWith({ DATABASE_URL: withPassword() }, ...args);
}

function teamWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/team.ts', ...args], {
      env: { ...process.env, SMTP_URL: 'smtp://team:Smtp-Secret-99@127.0.0.1:9', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      // No secret, ever, whatever the command.
      for (const secret of [PASSWORD, encodeURIComponent(PASSWORD), 'Smtp-Secret-99'])
        expect(out + err).not.toContain(secret);
      resolve({ code: code ?? 1, out, err });
    });
  });
}

/** Stored text that would steer a terminal: OSC 52 (clipboard), a window title, CSI, a bidi override. */
const TERMINAL_HOSTILE = 'Amal\u001b]52;c;ZXZpbA==\u0007\u001b]0;pwned\u0007\u009b31m\u202eodnarB';
// eslint-disable-next-line no-control-regex -- control characters are what the output must not contain
const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const question = (over: Partial<Parameters<typeof storeQuestion>[1]> = {}) => ({
  locale: 'ar',
  question: 'هل يجب أن أدفع؟ Moet ik betalen?',
  channel: 'email',
  contact: 'hostile@example.org',
  name: '=HYPERLINK("http://evil.example","klik")',
  municipality: 'GM0363',
  answerLanguage: 'ar',
  status: 'new' as const,
  ...over,
});

beforeAll(async () => {
  db = await createTestDatabase();
  for (const s of signupFixture()) await storeSignup(db.pool, s, { bodyHash: bodyHash(s) });
  const hostile = { ...signupFixture(1, 7)[0]!, name: '+SUM(1,2)', email: 'plus@example.org' };
  references.hostileSignup = (await storeSignup(db.pool, hostile, { bodyHash: 'h1' })).reference;
  references.q1 = (
    await storeQuestion(db.pool, question(), { bodyHash: 'q1', idempotencyKey: 'q1-key-0001' })
  ).reference;
  references.q2 = (
    await storeQuestion(db.pool, question({ contact: 'other@example.org', name: null }), {
      bodyHash: 'q2',
      idempotencyKey: 'q2-key-0001',
    })
  ).reference;
  references.q3 = (
    await storeQuestion(db.pool, question({ status: 'suspect' }), {
      bodyHash: 'q3',
      idempotencyKey: 'q3-key-0001',
    })
  ).reference;
}, 120_000);
afterAll(async () => db?.stop());

describe('npm run team', () => {
  it('lists questions, by status', async () => {
    const all = await team('questions', 'list');
    expect(all.code).toBe(0);
    expect(all.out).toContain(references.q1);
    expect(all.out).toContain('3 question(s).');
    const suspect = await team('questions', 'list', '--status', 'suspect');
    expect(suspect.out).toContain('1 question(s).');
    const wrong = await team('questions', 'list', '--status', 'open');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Use one of: new, suspect, answered, closed');
  });

  it('shows a question and marks it answered', async () => {
    const show = await team('questions', 'show', references.q2!);
    expect(show.out).toContain('other@example.org');
    const answered = await team('questions', 'answered', references.q2!);
    expect(answered.out).toContain(`${references.q2} is now answered`);
    const bad = await team('questions', 'show', 'V-NOPE');
    expect(bad.err).toContain('It looks like V-7K3Q-9P');
  });

  it('exports CSV with formula-like cells made harmless, and JSON', async () => {
    const csv = await team('questions', 'export', '--format', 'csv');
    expect(csv.out).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(csv.out).not.toMatch(/(^|,)=HYPERLINK/m);
    const signups = await team('signups', 'export', '--format', 'csv');
    expect(signups.out).toContain(`"'+SUM(1,2)"`);
    expect(signups.out.split('\r\n').length).toBeGreaterThan(200);
    const json = JSON.parse((await team('signups', 'export', '--format', 'json')).out) as unknown[];
    expect(json).toHaveLength(201);
  });

  it('shows the pool composition and a suggested pool of 20, explained', async () => {
    const result = await team('pool', '--suggest', '20');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Expert pool sign-ups: 201 people');
    expect(result.out).toContain('Per province');
    expect(result.out).toContain('Years in the Netherlands');
    expect(result.out).toMatch(/Suggested pool of 20: 20 municipalities, \d+ provinces, 5 of 5 years bands/);
    expect(result.out).toContain('adds');
  });

  it('erases a person by e-mail address and says what it removed', async () => {
    const result = await team('erase', 'Hostile@Example.org');
    expect(result.out).toMatch(/Removed 2 question\(s\)/);
    expect(result.out).toContain(references.q1);
    const signup = await team('erase', references.hostileSignup!);
    expect(signup.out).toContain(`Removed 0 question(s)  and 1 sign-up(s) ${references.hostileSignup}`);
    const none = await team('erase', 'nobody@example.org');
    expect(none.out).toContain('Nothing was removed');
  });

  it('purges what is past its retention period', async () => {
    await db.pool.query(
      "UPDATE questions SET answered_at = now() - interval '91 days' WHERE reference = $1",
      [references.q2],
    );
    await db.pool.query(
      "UPDATE expert_signups SET updated_at = now() - interval '25 months' WHERE email = 'person0@example.org'",
    );
    const result = await team('purge');
    expect(result.out).toContain(
      'answered/closed questions after 90 days, suspect after 30 days, sign-ups after 24 months',
    );
    expect(result.out).toContain(`Removed 1 question(s) ${references.q2}`);
    expect(result.out).toMatch(/Removed 1 sign-up\(s\) E-/);
  });
});

describe('npm run team: inert output, exports, confirmations, secrets (issue 16)', () => {
  beforeAll(async () => {
    references.terminal = (
      await storeQuestion(
        db.pool,
        question({
          name: TERMINAL_HOSTILE,
          question: `Vraag ${TERMINAL_HOSTILE}\r\nregel twee`,
          contact: 'terminal@example.org',
        }),
        { bodyHash: 'q4', idempotencyKey: 'q4-key-0001' },
      )
    ).reference;
    const [fixture] = signupFixture(1, 11);
    references.terminalSignup = (
      await storeSignup(
        db.pool,
        {
          ...fixture!,
          name: TERMINAL_HOSTILE,
          email: 'term@example.org',
          languages: ['ti', TERMINAL_HOSTILE],
        },
        { bodyHash: 'h2' },
      )
    ).reference;
    await storeSignup(
      db.pool,
      {
        ...signupFixture(1, 12)[0]!,
        name: 'Jan;=1+1',
        heardFrom: 'krant,=HYPERLINK("x")\n@SUM(1)',
        email: 'jan@example.org',
      },
      { bodyHash: 'h3' },
    );
  });

  it('shows escape, control and bidi characters as their code in every listing', async () => {
    const outputs = [
      await team('questions', 'list'),
      await team('questions', 'show', references.terminal!),
      await team('signups', 'list'),
      await team('pool', '--suggest', '300'),
      await team('signups', 'export', '--format', 'json'),
      await team('questions', 'export', '--format', 'csv'),
    ];
    for (const { out, err } of outputs) {
      // CRLF ends the lines of a CSV; anything else raw would reach the terminal.
      expect((out + err).replace(/\r\n/g, '\n')).not.toMatch(RAW_CONTROLS);
    }
    expect(outputs[1]!.out).toContain('\\u001b]52;c;ZXZpbA==\\u0007');
    expect(outputs[1]!.out).toContain('\\u000d');
    expect(outputs[1]!.out).toContain('\\u202eodnarB');
    expect(outputs[2]!.out).toContain('Amal\\u001b]52');
    expect(outputs[3]!.out).toContain('Amal\\u001b');
    // JSON stays valid JSON, with the same text inside.
    const json = JSON.parse(outputs[4]!.out) as Array<{ name: string }>;
    expect(json.some((r) => r.name === TERMINAL_HOSTILE)).toBe(true);
  });

  it('exports CSV that is inert read with "," and with ";" as separator', async () => {
    const { out } = await team('signups', 'export', '--format', 'csv');
    for (const separator of [',', ';'] as const) {
      const cells = readCsv(out, separator).flat();
      expect(cells.filter(isFormulaCell), separator).toEqual([]);
    }
    const rows = readCsv(out, ',');
    const header = rows[0]!;
    const jan = rows.find((r) => r[header.indexOf('email')] === 'jan@example.org')!;
    expect(jan[header.indexOf('name')]).toBe("Jan;'=1+1");
    expect(jan[header.indexOf('heard_from')]).toBe(`krant,'=HYPERLINK("x")\n'@SUM(1)`);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('writes export files readable by their owner only, also over an existing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-export-'));
    try {
      const fresh = join(dir, 'vragen.csv');
      const existing = join(dir, 'aanmeldingen.json');
      writeFileSync(existing, 'oud', { mode: 0o644 });
      const a = await team('questions', 'export', '--format', 'csv', '--out', fresh);
      const b = await team('signups', 'export', '--format', 'json', '--out', existing);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect(statSync(fresh).mode & 0o777).toBe(0o600);
      expect(statSync(existing).mode & 0o777).toBe(0o600);
      expect(readFileSync(existing, 'utf8')).toContain('term@example.org');
      expect(a.err).toContain('readable by you only');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists sign-ups waiting for their confirmation, with their mail status, and gives a new link', async () => {
    const waiting = await storeSignupRequest(
      db.pool,
      { ...signupFixture(1, 13)[0]!, email: 'wacht@example.org', locale: 'fa' },
      { bodyHash: 'pending-1', idempotencyKey: 'pending-key-0001' },
      7,
    );
    const list = await team('confirmations');
    expect(list.code).toBe(0);
    expect(list.out).toMatch(new RegExp(`${waiting.reference}.*fa\\s+unsent`));
    expect(list.out).toContain('1 sign-up(s) waiting for their confirmation');
    const link = await teamWith(
      { DATABASE_URL: withPassword(), SITE_URL: 'https://wegwijzer.example' },
      'confirmations',
      'link',
      waiting.reference,
    );
    const token = /https:\/\/wegwijzer\.example\/fa\/expertpool\/bevestigen\/([A-Za-z0-9_-]{43})\//.exec(
      link.out,
    )?.[1];
    expect(token).toBeDefined();
    const { rows } = await db.pool.query('SELECT token_hash FROM signup_confirmations WHERE reference = $1', [
      waiting.reference,
    ]);
    expect(rows[0].token_hash).toBe(tokenHash(token!));
    expect((await team('confirmations', 'link', 'E-NOPE')).code).toBe(1);
  });

  it('prints no password, not even when the database cannot be reached', async () => {
    const down = await teamWith(
      { DATABASE_URL: 'postgres://postgres:Pw-secret@4711/x@127.0.0.1:9/none' },
      'questions',
      'list',
    );
    expect(down.code).toBe(1);
    expect(down.err).toContain('Is the database reachable?');
    expect(down.err).not.toContain('4711');
  });
});
