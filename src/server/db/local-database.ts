/**
 * The database for local runs (npm start, npm run team): DATABASE_URL when set, otherwise the
 * embedded PGlite with its data in .data/pglite (git-ignored). A lock file records the running
 * server so a second process (the team CLI) connects to it instead of opening the files twice.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hidePassword } from '../../lib/secrets.ts';
import { startEmbeddedDatabase } from './embedded.ts';
import { migrate } from './migrate.ts';

export interface LocalDatabase {
  url: string;
  description: string;
  stop(): Promise<void>;
}

/** Where the embedded database keeps its files (WEGWIJZER_DATA_DIR overrides, e.g. in tests). */
const DATA_DIR = process.env.WEGWIJZER_DATA_DIR ?? join(process.cwd(), '.data');
const LOCK = join(DATA_DIR, 'pglite.lock.json');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when this checkout has an embedded database (npm start or the team CLI made one). */
export function localDatabaseExists(): boolean {
  return existsSync(join(DATA_DIR, 'pglite'));
}

export async function prepareDatabase(): Promise<LocalDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await migrate(configured);
    return {
      url: configured,
      description: `DATABASE_URL (${hidePassword(configured)})`,
      stop: async () => undefined,
    };
  }
  if (existsSync(LOCK)) {
    const lock = JSON.parse(readFileSync(LOCK, 'utf8')) as { pid: number; url: string };
    if (alive(lock.pid) && lock.pid !== process.pid) {
      return {
        url: lock.url,
        description: `embedded PGlite served by process ${lock.pid}`,
        stop: async () => undefined,
      };
    }
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const db = await startEmbeddedDatabase({ dataDir: join(DATA_DIR, 'pglite') });
  writeFileSync(LOCK, JSON.stringify({ pid: process.pid, url: db.url }));
  await migrate(db.url);
  return {
    url: db.url,
    description: `embedded PGlite, data in ${join(DATA_DIR, 'pglite')}, ${db.url}`,
    async stop() {
      rmSync(LOCK, { force: true });
      await db.stop();
    },
  };
}
