/**
 * npm start — the site with working forms on this machine, offline, no login, no database to
 * install: builds the site, starts the embedded PostgreSQL (PGlite over the wire protocol, data in
 * .data/pglite) unless DATABASE_URL is set, applies the migrations, and serves everything through
 * the Netlify CLI (functions and redirects as in production) on http://localhost:8888.
 *
 *   npm start            build once, serve the built site
 *   npm run dev          astro dev behind netlify dev (pages rebuild as you edit content/)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { prepareDatabase } from '../src/server/db/local-database.ts';

const dev = process.argv.includes('--dev');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  NETLIFY_TELEMETRY_DISABLED: '1',
};
const children: ChildProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];

function start(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', env });
  children.push(child);
  return child;
}

function runToEnd(command: string, args: string[]): Promise<number> {
  const child = start(command, args);
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

async function shutdown(code: number): Promise<never> {
  for (const child of children) child.kill('SIGTERM');
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

if (!dev) {
  const built = await runToEnd('npx', ['astro', 'build']);
  if (built !== 0) await shutdown(built);
}

const database = await prepareDatabase();
env.DATABASE_URL = database.url;
cleanups.push(database.stop);
console.log(`Database: ${database.description}`);

const args = ['netlify', 'dev', '--offline', '--internal-disable-edge-functions'];
if (process.env.PORT) args.push('--port', process.env.PORT);
if (dev)
  args.push('--framework', '#custom', '--command', 'npx astro dev --port 4321', '--target-port', '4321');
const netlify = start('npx', args);
netlify.on('close', (code) => void shutdown(code ?? 0));
