/**
 * What an editor and a translator do, built once in a copy of the project:
 * - the README's page template and component examples, as a new page (so the README cannot go stale);
 * - Arabic and Persian pages without any hand-typed <bdi>: Latin-script runs are isolated by the build;
 * - a translation that links to a Dutch page links to the reader's language;
 * - pages without a translation: their title in navigation and breadcrumbs carries its own lang and dir,
 *   and the notice names the language with the interface strings' word for it;
 * - a clean build prints no warnings; the editors' status page reads as words.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../support/project-copy.ts';
import { readmeExamples } from '../support/readme-examples.ts';

let copy: ProjectCopy;
let check: { code: number; output: string };
let build: { code: number; output: string };
const html = (path: string) => readFileSync(copy.path('dist', path, 'index.html'), 'utf8');
const strings = (lang: string) =>
  JSON.parse(readFileSync(copy.path(`content/ui/${lang}.json`), 'utf8')) as Record<string, string>;

beforeAll(async () => {
  copy = copyProject();
  const readme = readmeExamples(readFileSync(copy.path('README.md'), 'utf8'));
  writeFileSync(
    copy.path('content/pages/nl/voorbeeld.mdx'),
    `${readme.template}\n\n${readme.components.map((c) => c.example).join('\n\n')}\n`,
  );
  for (const lang of ['ar', 'fa']) {
    const file = copy.path(`content/pages/${lang}/pip.mdx`);
    const text = readFileSync(file, 'utf8').replace(/<\/?bdi>/g, '');
    writeFileSync(file, `${text}\n[${lang}](/nl/examens/) [${lang}](/nl/boetes/)\n`);
  }
  for (const lang of ['ar', 'ti']) rmSync(copy.path(`content/pages/${lang}/boetes.mdx`));
  check = await copy.run('node', ['scripts/check-content.ts']);
  build = await copy.run('npx', ['astro', 'build']);
}, 300_000);

afterAll(() => copy?.remove());

describe('a clean build', () => {
  it('passes check:content with one summary line, and builds without a warning', () => {
    expect(check.code, check.output).toBe(0);
    expect(check.output.trim().split('\n')).toHaveLength(1);
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(build.output).not.toMatch(/\[WARN\]|\bwarn(ing)?\b/i);
  });

  it('the editors’ status page runs no words together', () => {
    const text = html('vertaalstatus')
      .replace(/<code\b[^>]*>[\s\S]*?<\/code>/g, 'CODE')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    expect(text).not.toMatch(/[),:][^\s\d<),.]/);
    expect(text).toContain('niet nagekeken), verouderd');
  });
});

describe('the README', () => {
  it('has an example of every component editors can use', () => {
    const index = readFileSync(copy.path('src/components/mdx/index.ts'), 'utf8');
    const names = [...index.matchAll(/^ {2}([A-Z]\w+),$/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(10);
    const { components } = readmeExamples(readFileSync(copy.path('README.md'), 'utf8'));
    expect(components.map((c) => c.name).sort()).toEqual([...names].sort());
  });

  it('its template and examples build into a page with every component rendered', () => {
    const page = html('nl/voorbeeld');
    for (const marker of [
      'ww-keypoints',
      'ww-steps',
      'ww-callout',
      'class="ww-term"',
      'ww-glossary',
      'ww-insights',
      'data-deadline-calculator',
      'ww-start',
      'data-island="question"',
      'data-island="signup"',
    ])
      expect(page).toContain(marker);
    expect(page).toMatch(/€\s?\d/);
  });
});

describe('right-to-left pages without hand-typed <bdi>', () => {
  it.each(['ar', 'fa'])('%s: every Latin-script run in the text is isolated', (lang) => {
    const article = /<article[\s\S]*?<\/article>/.exec(html(`${lang}/pip`))![0];
    expect(article).toContain('<bdi>PIP</bdi>');
    const mixed: string[] = [];
    let isolated = 0;
    for (const token of article.split(/(<[^>]+>)/)) {
      if (/^<bdi\b|^<code\b/.test(token)) isolated++;
      else if (/^<\/(bdi|code)>/.test(token)) isolated--;
      else if (!token.startsWith('<') && isolated === 0 && /[A-Za-z]/.test(token)) mixed.push(token);
    }
    expect(mixed).toEqual([]);
  });
});

describe('translations and fallbacks', () => {
  it.each(['ar', 'fa'])('%s: a link written as /nl/… leads to the reader’s language', (lang) => {
    const page = html(`${lang}/pip`);
    expect(page).toContain(`href="/${lang}/examens/"`);
    expect(page).toContain(`href="/${lang}/boetes/"`);
    expect(page).not.toMatch(/<article[\s\S]*href="\/nl\/(examens|boetes)\/"[\s\S]*<\/article>/);
  });

  it('a fallback title in the breadcrumb, the section list and the topic list has its own lang and dir', () => {
    expect(html('ar/boetes')).toMatch(/<span aria-current="page" lang="en" dir="ltr"[^>]*>[^<]*\w/);
    expect(html('ar/geld-en-kosten')).toMatch(/<a href="\/ar\/boetes\/" lang="en" dir="ltr"/);
    expect(html('ar')).toMatch(/<a href="\/ar\/boetes\/" lang="en" dir="ltr"/);
  });

  it('the fallback notice names the language with the interface strings’ word, in every language', () => {
    expect(html('ti/boetes')).toContain(strings('ti')['language.en']);
    expect(html('ar/boetes')).toContain(strings('ar')['language.en']);
  });
});
