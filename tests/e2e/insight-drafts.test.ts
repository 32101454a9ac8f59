/**
 * Drafts are never published: `team insights draft` writes drafts from a session's tips into a
 * copy of the project, which then builds — the schema takes them, and neither the insights page
 * (in any language) nor the sitemap shows them, while the published insight stays.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTips } from '../../src/server/sessions/tips.ts';
import { createTestDatabase, type TestDatabase } from '../../support/database.ts';
import { seedSession } from '../../support/fixtures/sessions.ts';
import { copyProject, type ProjectCopy } from '../../support/project-copy.ts';
import { runTeam } from '../../support/team-cli.ts';

let db: TestDatabase;
let copy: ProjectCopy;
let build: { code: number; output: string };
const MARKER = 'Conceptthema zonder redactie';

beforeAll(async () => {
  db = await createTestDatabase();
  copy = copyProject();
  // A session that took place (an insight's date may not lie after today).
  const session = await seedSession(db.pool, { startsAt: new Date(Date.now() - 3 * 86_400_000) });
  await addTips(db.pool, session.reference, [
    { theme: MARKER, language: 'nl', text: 'Een tip die alleen in een concept staat.' },
    { theme: MARKER, language: 'ar', text: 'نصيحة في مسودة فقط.' },
  ]);
  const drafted = await runTeam(
    db.url,
    'insights',
    'draft',
    session.reference,
    '--dir',
    copy.path('content/insights'),
  );
  expect(drafted.code, drafted.out).toBe(0);
  build = await copy.run('npx', ['astro', 'build']);
}, 300_000);
afterAll(async () => {
  copy?.remove();
  await db?.stop();
});

describe('insight drafts', () => {
  it('are written as drafts and the site still builds', () => {
    const files = readdirSync(copy.path('content/insights/nl'));
    expect(files.some((f) => f.endsWith('-conceptthema-zonder-redactie.yaml'))).toBe(true);
    expect(build.code, build.output.slice(-2000)).toBe(0);
  });

  it('are on no insights page and not in the sitemap; the published insight is', () => {
    for (const lang of ['nl', 'en', 'ar', 'ti']) {
      const page = readFileSync(copy.path(`dist/${lang}/expertpool/inzichten/index.html`), 'utf8');
      expect(page).not.toContain(MARKER);
      expect(page).not.toContain('alleen in een concept');
      expect(page).toContain('id="helpdesk"');
    }
    const sitemap = readFileSync(copy.path('dist/sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toMatch(/conceptthema/i);
    expect(sitemap).toContain('/nl/expertpool/inzichten/');
  });
});
