/** The content files on disk, for places that run before Astro's content layer (the config). */
import { readdirSync } from 'node:fs';
import { resolvePages } from './resolve.ts';
import { pagePath } from '../i18n/urls.ts';

/** Slugs ("pip", "expertpool/inzichten") of one language's page files. */
export function pageSlugs(pagesDir: URL, lang: string): string[] {
  return readdirSync(new URL(`${lang}/`, pagesDir), { recursive: true })
    .map((file) => String(file).split('\\').join('/'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -4))
    .sort();
}

/** Ids ("nl/pip") of all page files under a content/pages folder. */
export function pageIds(pagesDir: URL): string[] {
  const ids: string[] = [];
  for (const lang of readdirSync(pagesDir, { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    for (const slug of pageSlugs(pagesDir, lang.name)) ids.push(`${lang.name}/${slug}`);
  }
  return ids;
}

/** URL paths of pages shown with another language's content. */
export function fallbackPaths(pagesDir: URL): Set<string> {
  const pages = resolvePages(pageIds(pagesDir).map((id) => ({ id })));
  return new Set(pages.filter((p) => p.isFallback).map((p) => pagePath(p.lang, p.slug)));
}
