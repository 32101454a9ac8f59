/**
 * The README's run command for real: scripts/start.ts builds the site, starts the embedded PGlite
 * (in a temporary data folder here), applies the migrations and serves everything through the
 * Netlify CLI offline. A question posted as a plain form is stored and its thank-you page shown;
 * sequential and 50 simultaneous submissions are all stored, none refused (issue 16: 15 of 40
 * sequential got 503). `npm test` sends 40 sequential (the finding's number; each costs ≈ 0.45 s,
 * because the CLI starts a worker per request); the README's figure is for 300:
 * `LOCAL_LOAD_SEQUENTIAL=300 npx vitest run tests/e2e/local-run.test.ts`. A client that stalls mid-body gets 408 and the server keeps serving (it
 * used to stop the CLI, and npm start with it); HEAD works where GET does; no secret is printed.
 * The build made the search index, and feedback goes back to its page.
 */
import { connect } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { newReference } from '../../src/server/reference.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let child: ChildProcess;
let base: string;
let output = '';
const dataDir = mkdtempSync(join(tmpdir(), 'wegwijzer-start-'));
const SMTP_SECRET = 'smtp-Secret-4711';
const SEQUENTIAL = Number(process.env.LOCAL_LOAD_SEQUENTIAL ?? 40);
const SIMULTANEOUS = 50;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://localhost:${port}`;
  child = spawn(process.execPath, ['scripts/start.ts'], {
    // SMTP_URL with a password that must never be printed (the mail server itself is not needed).
    env: {
      ...process.env,
      PORT: String(port),
      WEGWIJZER_DATA_DIR: dataDir,
      DATABASE_URL: '',
      SMTP_URL: `smtp://team:${SMTP_SECRET}@127.0.0.1:9`,
    },
    detached: true,
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  // Ready when the question function is loaded (it loads after the server says it is ready).
  const started = Date.now();
  while (!/Loaded function questions/.test(output)) {
    if (Date.now() - started > 150_000 || child.exitCode !== null)
      throw new Error(`npm start did not come up:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}, 180_000);

afterAll(() => {
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start (Netlify CLI, embedded database, offline)', () => {
  it('serves /nl/, /en/ and /ar/ with the security headers of netlify.toml', async () => {
    for (const lang of ['nl', 'en', 'ar']) {
      const response = await fetch(`${base}/${lang}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`<html lang="${lang}"`);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
    expect((await fetch(`${base}/ar/bestaat-niet/`)).status).toBe(404);
  });

  it('stores a question sent without JavaScript and shows its reference', async () => {
    const body = new URLSearchParams({
      question: 'Werkt de lokale site met formulieren?',
      channel: 'email',
      contact: 'test@example.org',
      consent: 'yes',
      locale: 'ar',
      answerLanguage: 'ar',
      website: '',
    });
    const posted = await fetch(`${base}/api/questions`, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: { 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(posted.status).toBe(303);
    const location = posted.headers.get('location')!;
    expect(location).toMatch(/\/ar\/stel-je-vraag\/bedankt\/\?ref=V-/);
    const thanks = await fetch(new URL(location, base));
    const reference = new URL(location, base).searchParams.get('ref')!;
    expect(await thanks.text()).toContain(reference);
    expect(output).toContain('Database: embedded PGlite');
  });

  it('has the search index, WebAssembly allowed on the search page only, and takes feedback', async () => {
    const entry = (await (await fetch(`${base}/pagefind/pagefind-entry.json`)).json()) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual([...LOCALE_CODES].sort());
    const search = await fetch(`${base}/fa/zoeken/`);
    expect(search.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    const explainer = await fetch(`${base}/fa/pip/`);
    expect(explainer.headers.get('content-security-policy')).not.toContain('wasm');
    const posted = await fetch(`${base}/api/feedback`, {
      method: 'POST',
      body: new URLSearchParams({ page: '/fa/pip/', translation: 'machine', answer: 'yes', locale: 'fa' }),
      redirect: 'manual',
      headers: { 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/fa/pip/#feedback-bedankt');
  });

  it('HEAD works where GET does: static pages and the thank-you page', async () => {
    for (const path of ['/nl/', `/ar/stel-je-vraag/bedankt/?ref=${newReference('V')}`]) {
      const get = await fetch(`${base}${path}`);
      const head = await fetch(`${base}${path}`, { method: 'HEAD' });
      expect([path, head.status]).toEqual([path, get.status]);
      expect(get.status).toBe(200);
    }
  });

  it(`stores ${SEQUENTIAL} sequential and ${SIMULTANEOUS} simultaneous submissions, none refused`, async () => {
    const db = new pg.Client(/postgres:\/\/\S+/.exec(output.split('Database: ')[1]!)![0]);
    await db.connect();
    const before = Number((await db.query('SELECT count(*) AS n FROM questions')).rows[0].n);
    const statuses: Record<string, number> = {};
    const times: number[] = [];
    const post = async (i: number) => {
      const t0 = performance.now();
      const response = await fetch(`${base}/api/questions`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Sec-Fetch-Site': 'same-origin' },
        body: new URLSearchParams({
          question: `Vraag ${i} aan de lokale server: werkt het ook als het druk is?`,
          channel: 'email',
          contact: `load${i}@example.org`,
          consent: 'yes',
          locale: 'nl',
          answerLanguage: 'nl',
          website: '',
        }),
      });
      await response.arrayBuffer();
      times.push(performance.now() - t0);
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    };
    const started = performance.now();
    for (let i = 0; i < SEQUENTIAL; i++) await post(i);
    const sequential = performance.now() - started;
    await Promise.all(Array.from({ length: SIMULTANEOUS }, (_, i) => post(100_000 + i)));
    const sorted = [...times].sort((a, b) => a - b);
    const at = (p: number) => Math.round(sorted[Math.floor(p * (sorted.length - 1))]!);
    console.log(
      `npm start load: ${SEQUENTIAL} sequential in ${(sequential / 1000).toFixed(1)} s, then ${SIMULTANEOUS} at once in ${((performance.now() - started - sequential) / 1000).toFixed(1)} s; p50 ${at(0.5)} ms, p99 ${at(0.99)} ms; ${JSON.stringify(statuses)}`,
    );
    expect(statuses).toEqual({ 303: SEQUENTIAL + SIMULTANEOUS });
    const after = Number((await db.query('SELECT count(*) AS n FROM questions')).rows[0].n);
    await db.end();
    expect(after - before).toBe(SEQUENTIAL + SIMULTANEOUS);
  }, 900_000);

  it('a client that stalls in the middle of its body gets 408; the server keeps serving', async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(base).port), '127.0.0.1', () => {
        socket.write(
          'POST /api/questions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 200\r\n\r\nquestion=',
        );
      });
      let text = '';
      socket.on('data', (d) => (text += d));
      socket.on('close', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    // The CLI gave up on such a body after 30 seconds and exited: it never sees one now (408 came
    // at 20 s, from the front door). The server answers, and nothing stopped.
    expect((await fetch(`${base}/nl/`)).status).toBe(200);
    expect(child.exitCode).toBeNull();
    expect(output).not.toContain('timed out waiting for body');
  }, 60_000);

  it('prints no secret', () => {
    expect(output).not.toContain(SMTP_SECRET);
  });
});
