/**
 * From tips to insights: one draft file per theme of a session, in the model the insights page
 * reads (content/insights/nl/<slug>.yaml, src/content-model/insight-schema.ts) with `status:
 * draft` and the tips beside it. An editor writes the insight and the opportunity from the tips and
 * removes `status: draft`; until then the site does not show it. A file that already exists is
 * left alone (an editor may be working on it): drafting again only adds themes that are new.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { SOURCE_LOCALE } from '../../i18n/locales.ts';
import { wallClockAt } from '../../lib/wall-clock.ts';
import type { Pool } from '../db/pool.ts';
import { TeamError } from '../team/questions.ts';
import { findSession } from './sessions.ts';
import { tipsOf, type TipRow } from './tips.ts';

export interface Draft {
  file: string;
  theme: string;
  tips: number;
  /** False when the file was there already and was kept as it was. */
  written: boolean;
}

/** A file name from a theme: "Bereikbaarheid & taal" → "bereikbaarheid-taal". */
export function themeSlug(theme: string): string {
  return theme
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
}

function groupByTheme(tips: TipRow[]): Map<string, TipRow[]> {
  const groups = new Map<string, TipRow[]>();
  for (const tip of tips) {
    // "Bereikbaarheid" and "bereikbaarheid " are one theme; the first spelling names it.
    const key = tip.theme.trim().toLocaleLowerCase('nl');
    const group = [...groups.keys()].find((k) => k.toLocaleLowerCase('nl') === key) ?? tip.theme.trim();
    groups.set(group, [...(groups.get(group) ?? []), tip]);
  }
  return groups;
}

export async function draftInsights(
  pool: Pool,
  sessionReference: string,
  insightsDir: string,
  now = new Date(),
): Promise<Draft[]> {
  const session = await findSession(pool, sessionReference);
  // An insight's date is the session's, and the content check refuses dates after today.
  if (session.starts_at > now)
    throw new TeamError(`${sessionReference} has not taken place yet: draft its insights after the session.`);
  const tips = await tipsOf(pool, session.id);
  if (tips.length === 0)
    throw new TeamError(
      `${sessionReference} has no tips yet. Add them with: npm run team -- tips add ${sessionReference} …`,
    );
  const date = wallClockAt(session.starts_at).date;
  const dir = join(insightsDir, SOURCE_LOCALE);
  mkdirSync(dir, { recursive: true });
  const drafts: Draft[] = [];
  let n = 0;
  for (const [theme, group] of groupByTheme(tips)) {
    n++;
    const file = join(dir, `${date}-${themeSlug(theme) || `thema-${n}`}.yaml`);
    const draft = { file, theme, tips: group.length, written: !existsSync(file) };
    drafts.push(draft);
    if (!draft.written) continue;
    const header = [
      `# Draft from session ${session.reference} (${session.title}, ${date}): ${group.length} tip(s) on "${theme}".`,
      '# Write `insight` (what the pool saw) and `opportunity` (the golden tip for the organisations) in',
      '# plain Dutch from the tips below, then delete the line `status: draft`. Drafts are never published.',
    ];
    const body = stringify(
      {
        status: 'draft',
        theme: theme.slice(0, 60),
        insight: '',
        opportunity: '',
        date,
        session: session.reference,
        tips: group.map((t) => ({ text: t.text, language: t.language })),
      },
      { lineWidth: 100 },
    );
    writeFileSync(file, `${header.join('\n')}\n${body}`, { flag: 'wx' });
  }
  return drafts;
}
