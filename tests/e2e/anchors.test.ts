/**
 * The content check judges links to "#anchors" without building the site (it must be fast): this
 * proves its idea of each page's anchors against the built site. Every anchor it allows exists in
 * the built page, and every heading a reader sees can be linked to. Run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { pagePath } from '../../src/i18n/urls.ts';

const root = new URL('../../', import.meta.url);
const { site } = checkContent(root);
const pages = LOCALE_CODES.flatMap((lang) => [...site.slugs].map((slug) => ({ lang, slug })));

describe('anchors the content check allows', () => {
  it.each(LOCALE_CODES)('%s: are the ids of the built pages, headings included', (lang) => {
    const wrong: string[] = [];
    for (const page of pages.filter((p) => p.lang === lang)) {
      const file = new URL(`dist${pagePath(page.lang, page.slug)}index.html`, root);
      expect(existsSync(file), `${file.pathname}: run npm run build first`).toBe(true);
      const html = readFileSync(file, 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      const article = /<article[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
      const headings = [...article.matchAll(/<h[2-6][^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
      const allowed = site.anchorsOf(page.lang, page.slug);
      for (const id of allowed)
        if (!ids.has(id)) wrong.push(`${pagePath(page.lang, page.slug)}: #${id} is not on the page`);
      for (const id of headings)
        if (!allowed.has(id) && !['op-deze-pagina', 'bronnen'].includes(id))
          wrong.push(`${pagePath(page.lang, page.slug)}: heading #${id} cannot be linked to`);
    }
    expect(wrong).toEqual([]);
  });
});
