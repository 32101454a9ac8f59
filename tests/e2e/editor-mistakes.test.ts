/**
 * The mistakes an editor made when trying the site with only the README (issue 14), all at once in
 * a copy of the project: `npm run check:content` names each with file:line:column, what is wrong and
 * what to do, and the build stops with the same lines — no silent publication, no crash dump.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../support/project-copy.ts';

let copy: ProjectCopy;
let check: { code: number; output: string };
let build: { code: number; output: string };

/** "file:line:column" of the first occurrence of `needle` in a file of the copy (1-based). */
function at(file: string, needle: string): string {
  const text = readFileSync(copy.path(file), 'utf8');
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in ${file}`);
  const before = text.slice(0, index).split('\n');
  return `${file}:${before.length}:${before.at(-1)!.length + 1}`;
}

function edit(file: string, change: (text: string) => string): void {
  const path = copy.path(file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  writeFileSync(path, after);
}

/** The one line of the output that starts with this position. */
function lineAt(output: string, position: string): string {
  const lines = output.split('\n').filter((l) => l.startsWith(`${position}  `));
  expect(lines, `no line for ${position} in:\n${output}`).toHaveLength(1);
  return lines[0]!;
}

const problemLines = (output: string) =>
  output
    .split('\n')
    .filter((l) => /^content\/\S+:\d+:\d+ {2}/.test(l))
    .sort();

const future = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  copy = copyProject();
  edit('content/pages/nl/pip.mdx', (text) =>
    text.replace(
      '- Vraag het je gemeente.',
      [
        '- Vraag het je gemeente.',
        '',
        'Lees ook over [de boetes](/nl/bestaat-niet/).',
        '',
        '<Callout type="waarschuwing">',
        'Let op de datum.',
        '</Callout>',
        '',
        '<callout>Dit is een tip.</callout>',
        '',
        '<Calout title="Tip">',
        'Vraag hulp.',
        '</Calout>',
        '',
        'Je krijgt misschien <Term id="bijstnd">bijstand</Term>.',
      ].join('\n'),
    ),
  );
  edit('content/pages/nl/boetes.mdx', (text) =>
    text
      .replace(/^lastChecked: .*$/m, 'lastChecked: 2026-02-30')
      .replace(
        'url: https://www.rijksoverheid.nl/actueel/nieuws/2025/02/04',
        'url: www.rijksoverheid.nl/2025',
      ),
  );
  edit('content/pages/nl/examens.mdx', (text) =>
    text.replace(/^lastChecked: .*$/m, `lastChecked: ${future}`),
  );
  edit('content/pages/nl/leerroutes.mdx', (text) =>
    text.replace('title: Welke leerroutes zijn er?', 'title: Leerroutes: welke past bij jou?'),
  );
  // A seventh language added to the list, its strings copied from English and not translated, no pages.
  edit('src/i18n/locales.ts', (text) =>
    text.replace(
      /(export const LOCALES[^=]*= \[[\s\S]*?)(\n\];)/,
      `$1\n  { code: 'so', endonym: 'Soomaali', englishName: 'Somali', dir: 'ltr' },$2`,
    ),
  );
  writeFileSync(copy.path('content/ui/so.json'), readFileSync(copy.path('content/ui/en.json')));

  check = await copy.run('node', ['scripts/check-content.ts']);
  build = await copy.run('npx', ['astro', 'build']);
}, 240_000);

afterAll(() => copy?.remove());

describe('check:content and the build on the mistakes of issue 14', () => {
  it('both fail, print no crash dump and no 0:0 position', () => {
    expect(check.code, check.output).toBe(1);
    expect(build.code, build.output.slice(-3000)).not.toBe(0);
    for (const output of [check.output, build.output]) {
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(output).not.toMatch(/:0:0\b/);
    }
  });

  it('the build stops with the same lines as check:content', () => {
    expect(problemLines(check.output).length).toBeGreaterThanOrEqual(10);
    expect(problemLines(build.output)).toEqual(problemLines(check.output));
  });

  it('a link to a page that does not exist', () => {
    const line = lineAt(check.output, at('content/pages/nl/pip.mdx', '[de boetes](/nl/bestaat-niet/)'));
    expect(line).toContain('"/nl/bestaat-niet/"');
    expect(line).toMatch(/no page .* — /);
  });

  it('a Callout type that does not exist', () => {
    const line = lineAt(check.output, at('content/pages/nl/pip.mdx', 'type="waarschuwing"'));
    expect(line).toContain('"waarschuwing"');
    expect(line).toMatch(/ — .*info.*tip.*warning/);
    expect(line).toContain('did you mean type="warning"?');
  });

  it('a component written in lower case', () => {
    const line = lineAt(check.output, at('content/pages/nl/pip.mdx', '<callout>'));
    expect(line).toContain('did you mean <Callout>?');
  });

  it('a date that is not in the calendar, and one in the future', () => {
    const wrong = lineAt(check.output, at('content/pages/nl/boetes.mdx', '2026-02-30'));
    expect(wrong).toMatch(/"lastChecked".*2026-02-30.* — /);
    const later = lineAt(check.output, at('content/pages/nl/examens.mdx', future));
    expect(later).toMatch(/"lastChecked".*future.* — /);
  });

  it('an unknown component: the line, "did you mean", and no advice to import it', () => {
    const line = lineAt(check.output, at('content/pages/nl/pip.mdx', '<Calout'));
    expect(line).toContain('did you mean <Callout>?');
    expect(check.output + build.output).not.toMatch(/forgot to import/i);
  });

  it('an unknown glossary id: the nearest id', () => {
    const line = lineAt(check.output, at('content/pages/nl/pip.mdx', 'id="bijstnd"'));
    expect(line).toContain('did you mean "bijstand"?');
  });

  it('an unquoted colon in a title: put the title in quotes', () => {
    const line = lineAt(check.output, at('content/pages/nl/leerroutes.mdx', 'title: Leerroutes'));
    expect(line).toContain('put the title in quotes');
    expect(line).toContain('title: "Leerroutes: welke past bij jou?"');
  });

  it('list positions count from 1: the third source is "sources 3"', () => {
    const line = lineAt(check.output, at('content/pages/nl/boetes.mdx', 'www.rijksoverheid.nl/2025'));
    expect(line).toContain('sources 3');
    expect(line).toContain('https://');
  });

  it('a new language: strings copied from English and no home page', () => {
    expect(check.output).toMatch(/^content\/ui\/so\.json:\d+:\d+ {2}.*same as in English.* — /m);
    expect(check.output).toMatch(/^content\/pages\/so\/index\.mdx:1:1 {2}.*home page.* — .*i18n:new/m);
  });
});
