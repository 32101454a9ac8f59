/** The built site as pages: every HTML file in dist/ as a URL path, and what a page says about itself. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  path: string;
  html: string;
  /** The layout's `<body data-template>`: which kind of page this is. */
  template: string;
  lang: string;
}

export function builtPagePaths(dist = 'dist'): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        paths.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
      }
    }
  };
  walk(dist);
  return paths.sort();
}

export function readBuiltPage(dist: string, path: string): BuiltPage {
  const html = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  return {
    path,
    html,
    template: /<body[^>]*data-template="([^"]+)"/.exec(html)?.[1] ?? 'unknown',
    lang: /<html lang="([^"]+)"/.exec(html)?.[1] ?? '',
  };
}
