/**
 * Changing a Dutch page makes its translations "outdated": npm run i18n:status says so, the reader
 * sees a notice in their language on the translated page, and only `npm run i18n:mark` clears it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../support/project-copy.ts';

// The unchanged control page has no amounts or dates, so content corrections leave it up to date.
let copy: ProjectCopy;
beforeAll(() => {
  copy = copyProject();
  const file = copy.path('content/pages/nl/pip.mdx');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/\n## /, '\nDit is een nieuwe zin in de Nederlandse tekst.\n\n## '),
  );
});
afterAll(() => copy?.remove());

describe('an edited Dutch page', () => {
  it('shows as outdated in i18n:status', async () => {
    const status = await copy.run('node', ['scripts/i18n-status.ts']);
    expect(status.code).toBe(0);
    expect(status.output).toMatch(/outdated: en\/pip \(Dutch changed \d{4}-\d{2}-\d{2}/);
    expect(status.output).not.toContain('outdated: en/over-deze-site');
  });

  it('shows readers of the translation a notice in their language, with a link to the Dutch page', async () => {
    const build = await copy.run('npx', ['astro', 'build']);
    expect(build.code, build.output.slice(-1500)).toBe(0);
    const en = readFileSync(copy.path('dist/en/pip/index.html'), 'utf8');
    expect(en).toContain('data-notice="outdated"');
    expect(en).toContain('The Dutch text changed on');
    expect(en).toContain('href="/nl/pip/"');
    expect(readFileSync(copy.path('dist/en/over-deze-site/index.html'), 'utf8')).not.toContain(
      'data-notice="outdated"',
    );
    expect(readFileSync(copy.path('dist/vertaalstatus/index.html'), 'utf8')).toMatch(
      /scope="row"[^>]*>pip<\/th><td data-state="outdated"/,
    );
  }, 240_000);

  it('is up to date again only after a translator marks it checked', async () => {
    const mark = await copy.run('node', ['scripts/i18n-mark.ts', 'en', 'pip']);
    expect(mark.code).toBe(0);
    const status = await copy.run('node', ['scripts/i18n-status.ts']);
    expect(status.output).not.toContain('outdated: en/pip');
  });
});
