/**
 * The translators' commands on a copy of the project: i18n:status (what counts as a change of the
 * Dutch text, interface strings left in English), i18n:new (starting a translation) and
 * i18n:rehash (moving recorded hashes to the current way of hashing without changing any state).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../../support/project-copy.ts';
import { contentHash, splitFrontmatter } from '../../../src/content-model/content-hash.ts';
import { legacyContentHash } from '../../../src/content-model/legacy-content-hash.ts';

let copy: ProjectCopy;
const read = (file: string) => readFileSync(copy.path(file), 'utf8');
const write = (file: string, text: string) => writeFileSync(copy.path(file), text);
const node = (...args: string[]) => copy.run('node', args);
const sourceHashOf = (file: string) => /^sourceHash: "?([0-9a-f]+)"?$/m.exec(read(file))?.[1];

beforeAll(() => {
  copy = copyProject();
});
afterAll(() => copy?.remove());

describe('npm run i18n:status', () => {
  it('does not count whitespace or front matter other than title and description as a change', async () => {
    const file = 'content/pages/nl/pip.mdx';
    const original = read(file);
    const { frontmatter, body } = splitFrontmatter(original);
    const rewrapped = body.replace(/\. /g, '.\n').replace(/\n\n/g, '\n\n\n');
    const front = frontmatter
      .replace(/^lastChecked: .*$/m, 'lastChecked: 2026-12-08')
      .replace(/^order: .*$/m, 'order: 31');
    write(file, `---\n${front}\n---\n${rewrapped}  \n`);
    try {
      const status = await node('scripts/i18n-status.ts');
      expect(status.code).toBe(0);
      expect(status.output).toMatch(/ 0 outdated,/);
      expect(status.output).not.toContain('outdated: en/pip');
    } finally {
      write(file, original);
    }
  });

  it('reports interface strings left the same as in English as untranslated', async () => {
    const file = 'content/ui/tr.json';
    const original = read(file);
    const tr = JSON.parse(original) as Record<string, string>;
    const en = JSON.parse(read('content/ui/en.json')) as Record<string, string>;
    write(file, JSON.stringify({ ...tr, 'nav.skip': en['nav.skip'], 'nav.home': en['nav.home'] }, null, 2));
    try {
      const status = await node('scripts/i18n-status.ts');
      expect(status.output).toMatch(
        /^tr: 2 interface strings are the same as in English \(untranslated\): nav\.home, nav\.skip/m,
      );
      // The name of the site is the same in every language: allowed, not reported.
      expect(status.output).not.toContain('site.name');
    } finally {
      write(file, original);
    }
  });
});

describe('npm run i18n:new', () => {
  it('copies the Dutch page into the language: translation machine, the right sourceHash, links in that language', async () => {
    rmSync(copy.path('content/pages/ar/boetes.mdx'));
    const result = await node('scripts/i18n-new.ts', 'ar', 'boetes');
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('content/pages/ar/boetes.mdx');
    const page = read('content/pages/ar/boetes.mdx');
    expect(page).toMatch(/^translation: machine$/m);
    expect(sourceHashOf('content/pages/ar/boetes.mdx')).toBe(
      contentHash(read('content/pages/nl/boetes.mdx')),
    );
    expect(page).toContain('](/ar/');
    expect(page).not.toMatch(/\]\(\/nl\//);
    const status = await node('scripts/i18n-status.ts', '--json');
    const entry = (JSON.parse(status.output) as { slug: string; lang: string; state: string }[]).find(
      (e) => e.slug === 'boetes' && e.lang === 'ar',
    );
    expect(entry?.state).toBe('machine');
  });

  it('refuses to overwrite a translation and names an unknown page', async () => {
    const again = await node('scripts/i18n-new.ts', 'ar', 'boetes');
    expect(again.code).not.toBe(0);
    expect(again.output).toContain('already exists');
    const unknown = await node('scripts/i18n-new.ts', 'ar', 'boete');
    expect(unknown.code).not.toBe(0);
    expect(unknown.output).toContain('did you mean "boetes"?');
  });
});

describe('npm run i18n:rehash', () => {
  it('moves hashes of the previous kind to the current one without making anything falsely up to date or outdated', async () => {
    const current = 'content/pages/en/pip.mdx';
    const outdated = 'content/pages/en/boetes.mdx';
    const nlPip = read('content/pages/nl/pip.mdx');
    // en/pip recorded under the previous hash of the current Dutch page (up to date);
    // en/boetes under the previous hash of an older Dutch text (outdated).
    write(current, read(current).replace(/^sourceHash: .*$/m, `sourceHash: "${legacyContentHash(nlPip)}"`));
    const olderDutch = read('content/pages/nl/boetes.mdx').replace(
      /\n## /,
      '\nEen zin die er niet meer staat.\n\n## ',
    );
    write(
      outdated,
      read(outdated).replace(/^sourceHash: .*$/m, `sourceHash: "${legacyContentHash(olderDutch)}"`),
    );
    const before = await node('scripts/i18n-status.ts');
    expect(before.output).toContain('outdated: en/pip');

    const beforeText = read(current);
    const result = await node('scripts/i18n-rehash.ts');
    expect(result.code, result.output).toBe(0);
    expect(sourceHashOf(current)).toBe(contentHash(nlPip));
    expect(sourceHashOf(outdated)).toBe(legacyContentHash(olderDutch));
    const after = await node('scripts/i18n-status.ts');
    expect(after.output).not.toContain('outdated: en/pip');
    expect(after.output).toContain('outdated: en/boetes');
    // Only the sourceHash line changed.
    const lines = (text: string) => text.split('\n').filter((l) => !l.startsWith('sourceHash:'));
    expect(lines(read(current))).toEqual(lines(beforeText));
  });

  it('leaves every file alone when all hashes are current', async () => {
    const result = await node('scripts/i18n-rehash.ts');
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/^0 sourceHash values changed/m);
  });
});
