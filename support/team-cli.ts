/** `npm run team -- …` as a separate process against a database, for tests: exit code and output. */
import { spawn } from 'node:child_process';

export function runTeam(
  database: string | { url: string; env: Record<string, string> },
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  const { url, env } = typeof database === 'string' ? { url: database, env: {} } : database;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/team.ts', ...args], {
      env: { ...process.env, SMTP_URL: '', ...env, DATABASE_URL: url },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code: code ?? 1, out, err }));
  });
}
