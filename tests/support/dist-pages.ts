/** The built pages: every HTML file in dist/, as URL paths. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
