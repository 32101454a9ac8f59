/**
 * Page weight per template and language (home, explainer, glossary, checker question, form,
 * thank you, …): HTML, CSS and JavaScript, raw and brotli, against the budgets. The largest page
 * of each template in each language is shown; the thank-you page is rendered by its function.
 * A row "search: first query" per language adds what the search page fetches for its first search
 * (Pagefind's library, WebAssembly, index and result fragments; measured in Chromium, see
 * ./search-cost.ts) — outside the page's own budget, which is for what every visit loads.
 */
import { readFileSync } from 'node:fs';
import { budgetFor } from '../src/budgets/budgets.ts';
import { weigh, weighPage, type PageWeight } from '../src/budgets/page-weight.ts';
import { LOCALE_CODES } from '../src/i18n/locales.ts';
import { handleThanks } from '../src/server/forms/thanks.ts';
import { newReference } from '../src/server/reference.ts';
import { builtPagePaths } from '../src/budgets/built-pages.ts';
import { report } from './lib/results.ts';
import { measureSearch } from './search-cost.ts';

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

export async function run(): Promise<void> {
  const pages = builtPagePaths('dist').map((p) => weighPage('dist', p));
  const largest = new Map<string, PageWeight>();
  for (const page of pages) {
    const key = `${page.template}|${page.lang}`;
    const total = (p: PageWeight) => p.html.brotli + p.css.brotli + p.js.brotli;
    if (!largest.has(key) || total(page) > total(largest.get(key)!)) largest.set(key, page);
  }
  // The thank-you page: HTML from the function, CSS from /server-page.css.
  const serverCss = weigh(readFileSync('dist/server-page.css'));
  for (const lang of LOCALE_CODES) {
    const response = await handleThanks(
      new Request(`https://x/${lang}/stel-je-vraag/bedankt/?ref=${newReference('V')}`),
    );
    const html = weigh(await response.text());
    largest.set(`thanks|${lang}`, {
      path: `/${lang}/stel-je-vraag/bedankt/`,
      template: 'thanks',
      lang,
      html,
      css: serverCss,
      js: { raw: 0, gzip: 0, brotli: 0 },
      jsFiles: [],
    });
  }
  const rows = [...largest.values()]
    .sort(
      (a, b) =>
        a.template.localeCompare(b.template) || LOCALE_CODES.indexOf(a.lang) - LOCALE_CODES.indexOf(b.lang),
    )
    .map((p) => {
      const budget = budgetFor(p.template);
      const ok =
        p.html.brotli <= budget.htmlBrotli &&
        p.html.brotli + p.css.brotli <= budget.pageBrotli &&
        p.js.gzip <= budget.jsGzip;
      return {
        template: p.template,
        lang: p.lang,
        page: p.path.length > 42 ? `…${p.path.slice(-41)}` : p.path,
        'HTML KB raw': kb(p.html.raw),
        'HTML KB br': kb(p.html.brotli),
        'CSS KB raw': kb(p.css.raw),
        'CSS KB br': kb(p.css.brotli),
        'JS KB raw': kb(p.js.raw),
        'JS KB br': kb(p.js.brotli),
        'JS KB gz': kb(p.js.gzip),
        budget: ok ? 'ok' : 'OVER',
      };
    });
  for (const cost of await measureSearch()) {
    const page = largest.get(`search|${cost.lang}`);
    if (!page) continue;
    rows.push({
      template: 'search: first query',
      lang: cost.lang,
      page: `${page.path}?q=PIP (${cost.ms} ms to the first result)`,
      'HTML KB raw': kb(page.html.raw),
      'HTML KB br': kb(page.html.brotli),
      'CSS KB raw': kb(page.css.raw),
      'CSS KB br': kb(page.css.brotli),
      'JS KB raw': kb(page.js.raw + cost.fetchedRaw),
      'JS KB br': kb(page.js.brotli + cost.fetchedBrotli),
      'JS KB gz': Number.NaN,
      budget: '—',
    });
  }
  report(
    'page-weight',
    'Page weight per template and language (largest page of each; KB = 1024 bytes)',
    rows,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
