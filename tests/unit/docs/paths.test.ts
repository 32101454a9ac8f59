/**
 * Docs that cannot drift: every path under src/, docs/ or content/ that a comment or a Markdown
 * file names must exist. A placeholder segment (<lang>, *, …) ends the part that is checked, so
 * "content/pages/<lang>/<slug>.mdx" needs content/pages/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CODE =
  /\.(ts|tsx|mjs|js|cjs|astro|css|sh|toml|sql|yml|yaml)$|^\.ci\/run$|^\.gitignore$|^\.prettierignore$/;
const SKIP = /^(content\/|bench\/starlight\/|package-lock\.json$)/;

/** The comments of a code file: line comments (//, #, --) and block comments. */
function comments(text: string): string {
  const blocks = [...text.matchAll(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g)].map((m) => m[0]);
  const lines = [...text.matchAll(/(?:^|\s)(?:\/\/|#|--)\s.*$/gm)].map((m) => m[0]);
  return [...blocks, ...lines].join('\n');
}

/** Paths a text names under src/, docs/ or content/, cut at the first placeholder segment. */
export function namedPaths(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?<=^|[\s`'"([]|\.\/)((?:src|docs|content)\/[^\s`'"),;]*)/gm)) {
    let path = match[1]!.replace(/[.:]+$/, '');
    // A closing bracket belongs to the path only when the path opened it ([lang]).
    const count = (c: string) => path.split(c).length - 1;
    while (path.endsWith(']') && count(']') > count('[')) path = path.slice(0, -1);
    const segments = path.split('/');
    const cut = segments.findIndex((s) => /[<>*…{}]|^\.\.\.$/.test(s) || s === '');
    const kept = cut === -1 ? segments : segments.slice(0, cut);
    if (kept.length > 1) found.add(kept.join('/'));
  }
  return [...found];
}

const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !SKIP.test(f) && existsSync(f) && (f.endsWith('.md') || CODE.test(f)));

describe('paths named in comments and docs exist', () => {
  it('finds paths, cut at placeholders', () => {
    expect(
      namedPaths(
        'see `content/pages/<lang>/<slug>.mdx`, src/server/http/responses.ts. [src/pages/[lang]/404.astro]',
      ),
    ).toEqual(['content/pages', 'src/server/http/responses.ts', 'src/pages/[lang]/404.astro']);
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const named = namedPaths(file.endsWith('.md') ? text : comments(text));
    expect(named.filter((path) => !existsSync(path))).toEqual([]);
  });
});
