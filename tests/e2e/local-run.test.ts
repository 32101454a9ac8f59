/**
 * The README's run command for real: scripts/start.ts builds the site, starts the embedded PGlite
 * (in a temporary data folder here), applies the migrations and serves everything through the
 * Netlify CLI offline. A question posted as a plain form is stored and its thank-you page shown;
 * the build made the search index, and feedback goes back to its page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let child: ChildProcess;
let base: string;
let output = '';
const dataDir = mkdtempSync(join(tmpdir(), 'wegwijzer-start-'));

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
    env: { ...process.env, PORT: String(port), WEGWIJZER_DATA_DIR: dataDir, DATABASE_URL: '' },
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
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'en', 'fa', 'nl', 'ti', 'tr']);
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
});
