/**
 * One page of each template, per language, for Lighthouse (the test gate and the benchmark):
 * found from the built pages' data-template, plus the pages functions render and the search page
 * with results.
 */
import { builtPagePaths, readBuiltPage } from '../src/budgets/built-pages.ts';
import { newReference } from '../src/server/reference.ts';

export interface TemplatePage {
  template: string;
  lang: string;
  path: string;
  /** Search engines are asked not to index it (thank-you, editors' and error pages): SEO not gated. */
  noindex: boolean;
}

export function templatePages(langs: readonly string[], dist = 'dist'): TemplatePage[] {
  const seen = new Set<string>();
  const pages: TemplatePage[] = [];
  for (const { path, html, template, lang } of builtPagePaths(dist).map((p) => readBuiltPage(dist, p))) {
    // 404 pages answer with status 404, which Lighthouse does not audit.
    if (
      template === '404' ||
      (!langs.includes(lang) && template !== 'chooser') ||
      seen.has(`${template}|${lang}`)
    )
      continue;
    seen.add(`${template}|${lang}`);
    pages.push({ template, lang, path, noindex: html.includes('name="robots" content="noindex"') });
  }
  for (const lang of langs) {
    // The search page with results: Pagefind's library, WebAssembly and index loaded and run.
    pages.push({ template: 'search-results', lang, path: `/${lang}/zoeken/?q=PIP`, noindex: false });
    pages.push({
      template: 'thanks',
      lang,
      path: `/${lang}/stel-je-vraag/bedankt/?ref=${newReference('V')}`,
      noindex: true,
    });
  }
  return pages.sort((a, b) => a.template.localeCompare(b.template) || a.lang.localeCompare(b.lang));
}
