/**
 * What Pagefind indexes of a built page (src/integrations/search-index.ts), decided here without
 * Pagefind so it can be tested:
 * - which pages: the content pages in their own language (explainers, the glossary, the site's own
 *   pages, the checker's start page, the form pages' text) — not the home page, checker questions
 *   and results, the search page itself, and not pages shown with another language's content;
 * - what of a page: its <article> only (not header, footer, notices, forms), the lead as the
 *   result's description;
 * - words it should be found by that are not in its text, added for the index only (the pages
 *   served stay as they are), as metadata outside the indexed body — Pagefind finds pages by their
 *   metadata and ranks a match there by `metaWeights` (src/search/ranking.ts), while excerpts come
 *   from the page's own text: the `keywords` of its front matter and of the Dutch page, the Dutch
 *   title and description of the same page (a reader of the Arabic site who types "brede intake" or
 *   "PIP" finds the Arabic page), and glossary terms with their aliases, in the page's language and
 *   in Dutch, on the page about that term (slug = term id) and on the glossary page.
 */
import { escapeHtml } from '../lib/html.ts';

export const INDEXED_TEMPLATES = ['explainer', 'glossary', 'site', 'checker-start', 'form', 'insights'];

/** Parts of an article not worth finding: the table of contents, the reading time, forms. */
export const EXCLUDE_SELECTORS = ['.ww-toc', '.ww-reading-time', 'form', '.ww-island'];

export interface Term {
  id: string;
  term: string;
  dutch: string;
  aliases?: string[];
}

export interface PageWords {
  /** The Dutch page's title and description (for the same slug), when the page is in another language. */
  dutch: string[];
  /** The front matter's `keywords`, of the page and of the Dutch page. */
  keywords: string[];
  /** Glossary words (terms, Dutch terms, aliases) the page is about. */
  terms: string[];
}

const ARTICLE = /<article\b([^>]*)>/;

/** The page's slug from its path: /ar/brede-intake/ → brede-intake. */
export function slugOf(path: string): string {
  return path.split('/').filter(Boolean).slice(1).join('/');
}

export function isIndexed(html: string, template: string): boolean {
  if (!INDEXED_TEMPLATES.includes(template)) return false;
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
  const article = ARTICLE.exec(html)?.[1] ?? '';
  const contentLang = /data-content-lang="([^"]+)"/.exec(article)?.[1];
  return Boolean(lang && contentLang === lang);
}

/** The title (h1) and lead of a built page, as text. */
export function titleAndLead(html: string): string[] {
  const text = (match: RegExpExecArray | null) =>
    (match?.[1] ?? '')
      .replace(/<[^>]*>/g, '')
      .replace(/[\u2066-\u2069]/g, '')
      .trim();
  return [
    text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)),
    text(/<p class="ww-lead"[^>]*>([\s\S]*?)<\/p>/.exec(html)),
  ].filter(Boolean);
}

/** Glossary words for a page: the term it is about (slug = term id), or every term on the glossary page. */
export function termWords(
  slug: string,
  isGlossary: boolean,
  own: readonly Term[],
  dutch: readonly Term[],
): string[] {
  const about = (terms: readonly Term[]) => terms.filter((t) => isGlossary || t.id === slug);
  return [...about(own), ...about(dutch)].flatMap((t) => [t.term, t.dutch, ...(t.aliases ?? [])]);
}

/** The page's HTML as Pagefind should read it: the article as its body, the lead as its description, the extra words as metadata. */
export function indexHtml(html: string, words: PageWords): string {
  const paragraph = (list: string[], attributes: string) =>
    list.length > 0 ? `<p ${attributes}>${escapeHtml(list.join(' · '))}</p>` : '';
  const extra = [
    paragraph(words.keywords, 'data-pagefind-meta="keywords"'),
    paragraph(words.dutch, 'data-pagefind-meta="dutch"'),
    paragraph(words.terms, 'data-pagefind-meta="terms"'),
  ].join('');
  return html
    .replace(ARTICLE, '<article data-pagefind-body$1>')
    .replace('<p class="ww-lead"', '<p data-pagefind-meta="description" class="ww-lead"')
    .replace(/<\/article>/, `</article>${extra}`);
}
