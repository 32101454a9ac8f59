/**
 * Feedback for the team end to end, as separate processes against a real database:
 * `npm run team -- feedback list|summary|export` (filters, newest first, useful %, problems by kind,
 * a formula-safe CSV) and `npm run i18n:status` showing a reader's report of a bad translation
 * beside that page and language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewFeedback } from '../../../src/forms/feedback/to-record.ts';
import { storeFeedback } from '../../../src/server/feedback/store.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { runScript } from '../../../support/run-script.ts';

let db: TestDatabase;

const run = (script: string, ...args: string[]) => runScript(script, args, { DATABASE_URL: db.url });
const team = (...args: string[]) => run('scripts/team.ts', ...args);

const base: NewFeedback = {
  page: '/nl/pip/',
  locale: 'nl',
  translation: 'source',
  answer: null,
  category: null,
  text: null,
  status: 'new',
};

beforeAll(async () => {
  db = await createTestDatabase();
  const items: Array<[Partial<NewFeedback>, string]> = [
    [{ answer: 'yes' }, '20 days'],
    [{ answer: 'yes' }, '10 days'],
    [{ answer: 'no' }, '9 days'],
    [{ category: 'unclear', text: 'Wat is een beschikking?' }, '8 days'],
    [{ page: '/ar/brede-intake/', locale: 'ar', translation: 'machine', answer: 'no' }, '3 days'],
    [
      {
        page: '/ar/brede-intake/',
        locale: 'ar',
        translation: 'machine',
        category: 'translation',
        text: '=HYPERLINK("http://evil.example","klik")',
      },
      '2 days',
    ],
    [{ page: '/ar/pip/', locale: 'ar', translation: 'machine', category: 'translation' }, '400 days'],
  ];
  for (const [i, [over, ago]] of items.entries()) {
    const { reference } = await storeFeedback(db.pool, { ...base, ...over }, { bodyHash: `fb-${i}` });
    await db.pool.query(`UPDATE feedback SET created_at = now() - interval '${ago}' WHERE reference = $1`, [
      reference,
    ]);
  }
}, 120_000);
afterAll(async () => db?.stop());

describe('npm run team -- feedback', () => {
  it('lists feedback newest first, by page (path or slug), language and date', async () => {
    const all = await team('feedback', 'list');
    expect(all.code).toBe(0);
    expect(all.out).toContain('7 feedback item(s).');
    expect(all.out.indexOf('/ar/brede-intake/')).toBeLessThan(all.out.indexOf('/nl/pip/'));
    expect((await team('feedback', 'list', '--lang', 'ar')).out).toContain('3 feedback item(s).');
    expect((await team('feedback', 'list', '--page', 'pip')).out).toContain('5 feedback item(s).');
    expect((await team('feedback', 'list', '--page', '/nl/pip/')).out).toContain('4 feedback item(s).');
    const since = new Date(Date.now() - 15 * 86_400_000).toISOString().slice(0, 10);
    expect((await team('feedback', 'list', '--since', since)).out).toContain('5 feedback item(s).');
    const wrong = await team('feedback', 'list', '--lang', 'xx');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Unknown language "xx"');
  });

  it('sums up per page and language: yes/no with the useful percentage, problems by kind, newest first', async () => {
    const { code, out } = await team('feedback', 'summary');
    expect(code).toBe(0);
    const lines = out.split('\n');
    const nl = lines.find((l) => l.startsWith('/nl/pip/'))!;
    const ar = lines.find((l) => l.startsWith('/ar/brede-intake/'))!;
    expect(nl.split(/\s{2,}/).slice(0, 9)).toEqual(['/nl/pip/', 'nl', '2', '1', '67', '0', '1', '0', '0']);
    expect(ar.split(/\s{2,}/).slice(0, 7)).toEqual(['/ar/brede-intake/', 'ar', '0', '1', '0', '0', '0']);
    expect(lines.indexOf(ar)).toBeLessThan(lines.indexOf(nl));
    expect(out).toContain('3 page(s) with feedback.');
  });

  it('exports CSV with spreadsheet formulas neutralised', async () => {
    const { code, out } = await team('feedback', 'export', '--format', 'csv', '--lang', 'ar');
    expect(code).toBe(0);
    expect(out.split('\r\n')[0]).toBe(
      '"reference","created_at","page","locale","translation","answer","category","text"',
    );
    expect(out).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(out).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('npm run i18n:status', () => {
  it('shows reports of a bad translation beside the page and language', async () => {
    const { code, out } = await run('scripts/i18n-status.ts');
    expect(code).toBe(0);
    const row = out.split('\n').find((l) => l.includes("'brede-intake'"))!;
    expect(row).toMatch(/'m ⚑1'/);
    expect(out).toContain('reported: ar/brede-intake — 1 reader(s) say the translation is bad');
    expect(out).toContain('reported: ar/pip — 1 reader(s)');
  });
});
