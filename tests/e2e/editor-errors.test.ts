/**
 * What an editor sees when a file is wrong: the build stops and says which file, which field or
 * key, and what is expected.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../support/project-copy.ts';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.remove());

describe('editor errors', () => {
  it('a page with a wrong field names the file, the field and what is expected', async () => {
    copy = copyProject();
    const file = copy.path('content/pages/nl/wat-is-de-wet-inburgering.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('section: law', 'section: wet'));
    const result = await copy.run('npx', ['astro', 'sync']);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('nl/wat-is-de-wet-inburgering');
    expect(result.output).toContain('section');
    expect(result.output).toMatch(/must be one of: start, law/);
  });

  it('a language that lacks interface strings names the file and the keys', async () => {
    copy = copyProject();
    const file = copy.path('content/ui/tr.json');
    const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    delete strings['nav.skip'];
    writeFileSync(file, JSON.stringify(strings));
    const result = await copy.run('npx', ['astro', 'build']);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/ui/tr.json:1:1  lacks 1: nav.skip — add it, translated');
  });
});
