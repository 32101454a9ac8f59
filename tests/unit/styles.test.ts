/**
 * Right-to-left pages mirror only when every style uses logical properties. This check reads the
 * site's own styles (CSS files and <style> blocks of components) and the NL Design System CSS the
 * site imports, and fails on physical ones (margin-left, right:, text-align: left, …).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PHYSICAL = [
  /(?:^|[;{\s])(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)\s*:/,
  /(?:^|[;{\s])(?:float|clear|text-align)\s*:\s*(?:left|right)\b/,
];

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function styleText(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return text;
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

describe('styles use logical properties only', () => {
  const own = files('src', /\.(css|astro|tsx)$/);
  const imported = [
    ...new Set(
      own.flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/'(@utrecht\/[^']+\.css)'/g)].map((m) => m[1]!),
      ),
    ),
  ];

  it.each([...own, ...imported.map((p) => join('node_modules', p))])('%s', (file) => {
    const offending = styleText(file)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('\n')
      .filter((line) => PHYSICAL.some((re) => re.test(line)));
    expect(offending).toEqual([]);
  });
});
