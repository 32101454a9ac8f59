/**
 * npm run lint:content (the plain-language report) on pages the build rejects: it names the file and
 * what to do instead of crashing, and never says "ok" for such a page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../../support/project-copy.ts';

let copy: ProjectCopy;
let result: { code: number; output: string };

beforeAll(async () => {
  copy = copyProject();
  const edit = (file: string, from: string, to: string) => {
    const text = readFileSync(copy.path(file), 'utf8');
    writeFileSync(copy.path(file), text.replace(from, to));
  };
  edit(
    'content/pages/nl/leerroutes.mdx',
    'title: Welke leerroutes zijn er?',
    'title: Leerroutes: welke past bij jou?',
  );
  edit('content/pages/nl/boetes.mdx', '](/nl/stel-je-vraag/)', '](/nl/stel-je-vraagg/)');
  result = await copy.run('node', ['scripts/lint-content.ts']);
});
afterAll(() => copy?.remove());

describe('npm run lint:content', () => {
  it('names the file with a front-matter mistake and what to do, without a crash dump', () => {
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/^content\/pages\/nl\/leerroutes\.mdx:2:\d+ {2}.*put the title in quotes/m);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('marks a page the build rejects as failing, not "ok"', () => {
    const row = (page: string) => result.output.split('\n').find((l) => l.includes(`'${page}'`)) ?? '';
    expect(row('boetes')).toContain('FAIL');
    expect(row('leerroutes')).toContain('FAIL');
    expect(row('pip')).toContain('ok');
    expect(result.output).toMatch(/^content\/pages\/nl\/boetes\.mdx:\d+:\d+ {2}.*"\/nl\/stel-je-vraagg\/"/m);
  });
});
