/**
 * npm start — the site with working forms on this machine, offline, no login, no database to
 * install: builds the site, starts the embedded PostgreSQL (PGlite over the wire protocol, data in
 * .data/pglite) unless DATABASE_URL is set, applies the migrations, and serves everything through
 * the Netlify CLI (functions and redirects as in production) on http://localhost:8888.
 *
 *   npm start            build once, serve the built site
 *   npm run dev          astro dev behind netlify dev (pages rebuild as you edit content/)
 *
 * npm start puts a front door (scripts/lib/front-door.ts) on the public port, before the Netlify
 * CLI on an internal one: it reads each request's body before passing it on and passes on a few
 * requests at a time, so a slow client or a burst of submissions cannot stop or swamp the CLI. If
 * the CLI stops all the same, it is started again (the database keeps running) and says so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { redactSecrets } from '../src/lib/secrets.ts';
import { prepareDatabase } from '../src/server/db/local-database.ts';
import { startFrontDoor } from './lib/front-door.ts';

const dev = process.argv.includes('--dev');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  NETLIFY_TELEMETRY_DISABLED: '1',
};
const children = new Set<ChildProcess>();
const cleanups: Array<() => Promise<void>> = [];
let stopping = false;

function start(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', env });
  children.add(child);
  child.on('close', () => children.delete(child));
  return child;
}

function runToEnd(command: string, args: string[]): Promise<number> {
  const child = start(command, args);
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

async function shutdown(code: number): Promise<never> {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

if (!dev) {
  const built = await runToEnd('npx', ['astro', 'build']);
  if (built !== 0) await shutdown(built);
}

const database = await prepareDatabase().catch(async (error: unknown) => {
  // The message may quote the connection string: never print its password.
  console.error(`The database could not be prepared: ${redactSecrets(String((error as Error)?.message))}`);
  return shutdown(1);
});
env.DATABASE_URL = database.url;
if (!process.env.DATABASE_URL) {
  // The embedded database runs one statement at a time for every connection: under a burst a
  // request can wait longer for its turn than the production timeouts allow, which answered 503
  // (issue 16). Locally a slow answer is better than a refused one.
  env.PG_CONNECT_TIMEOUT_MS ??= '30000';
  env.PG_QUERY_TIMEOUT_MS ??= '30000';
}
cleanups.push(database.stop);
// Links in mails (a sign-up's confirmation) lead to this server, unless SITE_URL says otherwise.
env.SITE_URL ??= `http://localhost:${process.env.PORT ?? 8888}`;
console.log(`Database: ${database.description}`);

const publicPort = Number(process.env.PORT ?? 8888);
// `npm run dev` keeps the CLI on the public port: astro dev's live reload needs its websocket.
const cliPort = dev ? publicPort : await freePort();
const args = ['netlify', 'dev', '--offline', '--internal-disable-edge-functions', '--port', String(cliPort)];
if (dev)
  args.push('--framework', '#custom', '--command', 'npx astro dev --port 4321', '--target-port', '4321');

const restarts: number[] = [];
function startCli(): void {
  const netlify = start('npx', args);
  netlify.on('close', (code) => {
    if (stopping) return;
    const now = Date.now();
    restarts.push(now);
    // Started again unless it keeps failing (five times in a minute): then something is wrong.
    if (restarts.filter((t) => now - t < 60_000).length > 5) {
      console.error('The Netlify CLI keeps stopping. npm start stops too; see the messages above.');
      void shutdown(code ?? 1);
      return;
    }
    console.error(
      `The Netlify CLI stopped (exit code ${code}). Starting it again; the database keeps running.`,
    );
    startCli();
  });
}
startCli();

if (!dev) {
  const front = await startFrontDoor({ port: publicPort, upstreamPort: () => cliPort });
  cleanups.push(front.close);
  console.log(`Open http://localhost:${front.port} (the Netlify CLI serves it from port ${cliPort}).`);
}
