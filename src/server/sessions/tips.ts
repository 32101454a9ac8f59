/**
 * The "golden tips" of a session: text, theme and language, typed in one by one or imported from
 * a spreadsheet. No names: a tip is linked to the person who gave it only when that person agreed
 * to be named (`--by E-… --agreed`, or a CSV row with `by` and `agreed` = yes). Erasing the person,
 * or the session's retention, takes the link off; the tip stays.
 */
import type { PoolClient } from 'pg';
import { transaction } from '../db/idempotency.ts';
import type { Pool } from '../db/pool.ts';
import { readCsv } from '../team/csv-read.ts';
import { TeamError } from '../team/questions.ts';
import { signupReferences } from './attendance.ts';
import { findSession } from './sessions.ts';

export interface NewTip {
  text: string;
  theme: string;
  language: string;
  /** Sign-up reference of the person who gave it; only when they agreed to be named. */
  by?: string;
}

export const TIP_LIMITS = { text: 2000, theme: 60 } as const;

export function checkTip(tip: NewTip, where = ''): NewTip {
  const text = tip.text.trim();
  const theme = tip.theme.trim();
  const language = tip.language.trim().toLowerCase();
  if (!text || text.length > TIP_LIMITS.text)
    throw new TeamError(`${where}a tip needs its text (at most ${TIP_LIMITS.text} characters).`);
  if (theme.length < 2 || theme.length > TIP_LIMITS.theme)
    throw new TeamError(
      `${where}a tip needs a theme of a few words (at most ${TIP_LIMITS.theme} characters).`,
    );
  if (!/^[a-z]{2,3}$/.test(language))
    throw new TeamError(`${where}"${tip.language}" is not a language code (nl, ar, ti, …).`);
  return { text, theme, language, by: tip.by ? signupReferences(tip.by)[0] : undefined };
}

async function insertTips(db: PoolClient, sessionId: string, tips: NewTip[]): Promise<number> {
  const refs = [...new Set(tips.flatMap((t) => (t.by ? [t.by] : [])))];
  const { rows } = await db.query<{ reference: string; id: string }>(
    'SELECT reference, id FROM expert_signups WHERE reference = ANY($1)',
    [refs],
  );
  const ids = new Map(rows.map((r) => [r.reference, r.id]));
  const unknown = refs.filter((r) => !ids.has(r));
  if (unknown.length > 0) throw new TeamError(`No sign-up ${unknown.join(', ')}. Nothing was added.`);
  for (const tip of tips)
    await db.query(
      'INSERT INTO pool_tips (session_id, text, theme, language, signup_id) VALUES ($1, $2, $3, $4, $5)',
      [sessionId, tip.text, tip.theme, tip.language, tip.by ? ids.get(tip.by) : null],
    );
  return tips.length;
}

export async function addTips(pool: Pool, sessionReference: string, tips: NewTip[]): Promise<number> {
  const session = await findSession(pool, sessionReference);
  const checked = tips.map((t) => checkTip(t));
  return transaction(pool, (db) => insertTips(db, session.id, checked));
}

export interface TipImport {
  added: number;
  /** Lines whose `by` was dropped because `agreed` did not say yes. */
  madeAnonymous: number[];
}

const YES = new Set(['yes', 'ja', 'y', 'j', 'true', '1']);

/**
 * Imports a CSV with the columns text, theme, language, and optionally by and agreed. All or
 * nothing: a bad row stops the import with its line number, and nothing is added.
 */
export async function importTips(
  pool: Pool,
  sessionReference: string,
  csv: string,
  defaultLanguage = 'nl',
): Promise<TipImport> {
  const session = await findSession(pool, sessionReference);
  let rows;
  try {
    rows = readCsv(csv);
  } catch (error) {
    throw new TeamError((error as Error).message);
  }
  if (rows.length === 0)
    throw new TeamError('The file has no tips: a header line (text,theme,language) and a row per tip.');
  if (!('text' in rows[0]!.cells) || !('theme' in rows[0]!.cells))
    throw new TeamError(
      'The header line needs at least the columns text and theme (and language, by, agreed).',
    );
  const madeAnonymous: number[] = [];
  const tips = rows.map(({ line, cells }) => {
    const named = Boolean(cells.by?.trim()) && YES.has((cells.agreed ?? '').trim().toLowerCase());
    if (cells.by?.trim() && !named) madeAnonymous.push(line);
    return checkTip(
      {
        text: cells.text ?? '',
        theme: cells.theme ?? '',
        language: cells.language?.trim() || defaultLanguage,
        by: named ? cells.by : undefined,
      },
      `Line ${line}: `,
    );
  });
  const added = await transaction(pool, (db) => insertTips(db, session.id, tips));
  return { added, madeAnonymous };
}

export interface TipRow {
  text: string;
  theme: string;
  language: string;
}

export async function tipsOf(pool: Pool, sessionId: string): Promise<TipRow[]> {
  const { rows } = await pool.query<TipRow>(
    'SELECT text, theme, language FROM pool_tips WHERE session_id = $1 ORDER BY theme, id',
    [sessionId],
  );
  return rows;
}
