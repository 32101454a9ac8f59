/**
 * Reports of a bad translation, for `npm run i18n:status`: read from DATABASE_URL, or from the
 * embedded database when this checkout has one. A checkout without a database has no reports, and
 * the status is shown without them (said so when the database cannot be read).
 */
import { createPool } from '../db/pool.ts';
import { localDatabaseExists, prepareDatabase } from '../db/local-database.ts';
import { translationReports } from './feedback.ts';

export type TranslationReports = Map<string, { count: number; last: Date }>;

export async function readTranslationReports(): Promise<{ reports: TranslationReports; note?: string }> {
  if (!process.env.DATABASE_URL && !localDatabaseExists()) return { reports: new Map() };
  try {
    const database = await prepareDatabase();
    const pool = createPool(database.url, { max: 1, queryTimeoutMs: 10_000 });
    try {
      return { reports: await translationReports(pool) };
    } finally {
      await pool.end();
      await database.stop();
    }
  } catch (error) {
    return { reports: new Map(), note: `Reports of bad translations not read: ${(error as Error).message}` };
  }
}
