/**
 * Build-time integration: after the build, Pagefind indexes the built pages into dist/pagefind/,
 * one index per language (from <html lang>), for the search page (src/search/page.ts). It runs in
 * `astro build`, so `npm run build`, `npm start` and Netlify's build all produce it. What is
 * indexed, and the extra words pages are found by, is decided in ./search-records.ts.
 */
import { readFileSync, rmSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import * as pagefind from 'pagefind';
import { builtPagePaths, readBuiltPage } from '../budgets/built-pages.ts';
import { splitFrontmatter } from '../content-model/content-hash.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../i18n/locales.ts';
import { pagePath, ROUTES } from '../i18n/urls.ts';
import {
  EXCLUDE_SELECTORS,
  indexHtml,
  isIndexed,
  slugOf,
  termWords,
  titleAndLead,
  type Term,
} from './search-records.ts';

/** Only the search library and its index are served: not Pagefind's own ready-made interfaces. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\b/;

function glossary(root: URL, lang: string): Term[] {
  try {
    const file = fileURLToPath(new URL(`./content/glossary/${lang}.yaml`, root));
    return ((parse(readFileSync(file, 'utf8')) as { terms?: Term[] }).terms ?? []).filter((t) => t.id);
  } catch {
    return [];
  }
}

/** The `keywords` of a page's front matter (content/pages/<lang>/<slug>.mdx). */
function keywords(root: URL, lang: string, slug: string): string[] {
  try {
    const file = fileURLToPath(new URL(`./content/pages/${lang}/${slug || 'index'}.mdx`, root));
    const data = parse(splitFrontmatter(readFileSync(file, 'utf8')).frontmatter) as { keywords?: unknown };
    return Array.isArray(data?.keywords) ? data.keywords.map(String) : [];
  } catch {
    return [];
  }
}

export async function buildSearchIndex(root: URL, dist: string): Promise<{ pages: number }> {
  const glossaries = new Map(LOCALE_CODES.map((lang) => [lang, glossary(root, lang)]));
  const dutchTitles = new Map<string, string[]>();
  const pages = builtPagePaths(dist)
    .map((path) => readBuiltPage(dist, path))
    .filter((page) => isIndexed(page.html, page.template));
  for (const page of pages)
    if (page.lang === SOURCE_LOCALE) dutchTitles.set(slugOf(page.path), titleAndLead(page.html));

  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const slug = slugOf(page.path);
      const content = indexHtml(page.html, {
        dutch: page.lang === SOURCE_LOCALE ? [] : (dutchTitles.get(slug) ?? []),
        keywords: [...new Set([...keywords(root, page.lang, slug), ...keywords(root, SOURCE_LOCALE, slug)])],
        terms: termWords(
          slug,
          page.path === pagePath(page.lang, ROUTES.glossary),
          glossaries.get(page.lang) ?? [],
          page.lang === SOURCE_LOCALE ? [] : (glossaries.get(SOURCE_LOCALE) ?? []),
        ),
      });
      const added = await index.addHTMLFile({ url: page.path, content });
      if (added.errors.length > 0) throw new Error(`Pagefind, ${page.path}: ${added.errors.join('; ')}`);
    }
    const outputPath = join(dist, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    for (const file of readdirSync(outputPath)) if (UNUSED.test(file)) rmSync(join(outputPath, file));
  } finally {
    await pagefind.close();
  }
  return { pages: pages.length };
}

export function searchIndex(): AstroIntegration {
  let root: URL;
  return {
    name: 'wegwijzer:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await buildSearchIndex(root, fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
