/**
 * `npm run demo:pool` as a separate process: the whole cycle on its own scratch database and mail
 * server — it says so, each step happens, and it stays within a minute.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function demo(): Promise<{ code: number; out: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    // What `npm run demo:pool` runs; DATABASE_URL set to prove the demo does not use it.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo-pool.ts'], {
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/real' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code: code ?? 1, out, ms: performance.now() - started }));
  });
}

describe('npm run demo:pool', () => {
  it('runs the cycle end to end on a scratch database and says so', async () => {
    const { code, out, ms } = await demo();
    expect(code, out).toBe(0);
    expect(out).toContain('Database: a fresh embedded PGlite in memory');
    expect(out).toContain('200 fictional people signed up');
    expect(out).toMatch(/20 people from \d+ municipalities/);
    expect(out.match(/20 invitations mailed/g)).toHaveLength(3);
    expect(out).toMatch(/15 confirmed of 15, 1 on the waiting list, 3 no, 1 maybe \(HTTP 303\)/);
    expect(out).toMatch(/moves up from the waiting list \(place: confirmed\) and gets a mail/);
    expect(out.match(/reminders; run again: 0 more/g)).toHaveLength(3);
    expect(out).toContain('30 tips');
    expect(out).toMatch(/\d+ draft files with status: draft/);
    expect(out).toMatch(/102 mails; per language: ar \d+, en \d+, fa \d+, nl \d+, ti \d+, tr \d+\./);
    expect(ms).toBeLessThan(60_000);
  });
});
