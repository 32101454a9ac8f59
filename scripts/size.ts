/**
 * Page weight of every built page against its template's budget (src/budgets/budgets.ts).
 * Prints a table per template (largest page of each) and fails when any page is over budget.
 *   npm run size            (after npm run build)
 *   npm run size -- --all   every page, not only the largest per template
 *   npm run size -- --json  also writes bench/results/size.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { budgetFor } from '../src/budgets/budgets.ts';
import { weighPage, type PageWeight } from '../src/budgets/page-weight.ts';
import { builtPagePaths } from '../src/budgets/built-pages.ts';

const dist = process.env.DIST ?? 'dist';
const kb = (n: number) => (n / 1024).toFixed(1);
const pages = builtPagePaths(dist).map((p) => weighPage(dist, p));

const failures: string[] = [];
for (const page of pages) {
  const budget = budgetFor(page.template);
  if (page.html.brotli > budget.htmlBrotli)
    failures.push(`${page.path}: HTML ${kb(page.html.brotli)} KB brotli > ${kb(budget.htmlBrotli)} KB`);
  if (page.html.brotli + page.css.brotli > budget.pageBrotli)
    failures.push(
      `${page.path}: HTML+CSS ${kb(page.html.brotli + page.css.brotli)} KB brotli > ${kb(budget.pageBrotli)} KB`,
    );
  if (page.js.gzip > budget.jsGzip)
    failures.push(`${page.path}: JS ${kb(page.js.gzip)} KB gzip > ${kb(budget.jsGzip)} KB`);
}

const byTemplate = new Map<string, PageWeight[]>();
for (const page of pages) byTemplate.set(page.template, [...(byTemplate.get(page.template) ?? []), page]);

const rows = [...byTemplate.entries()].map(([template, list]) => {
  const worst = list.reduce((a, b) =>
    b.html.brotli + b.css.brotli + b.js.gzip > a.html.brotli + a.css.brotli + a.js.gzip ? b : a,
  );
  const budget = budgetFor(template);
  return {
    template,
    pages: list.length,
    'largest page': worst.path,
    'HTML KB (raw/br)': `${kb(worst.html.raw)} / ${kb(worst.html.brotli)}`,
    'CSS KB (raw/br)': `${kb(worst.css.raw)} / ${kb(worst.css.brotli)}`,
    'JS KB (raw/gz)': `${kb(worst.js.raw)} / ${kb(worst.js.gzip)}`,
    'HTML+CSS br KB': kb(worst.html.brotli + worst.css.brotli),
    budget: `html ≤${kb(budget.htmlBrotli)} page ≤${kb(budget.pageBrotli)} js ≤${kb(budget.jsGzip)}`,
  };
});
if (process.argv.includes('--all')) {
  console.log(`Page weight of every built page (KB = 1024 bytes)`);
  console.table(
    pages.map((p) => ({
      page: p.path,
      template: p.template,
      'HTML KB (raw/br)': `${kb(p.html.raw)} / ${kb(p.html.brotli)}`,
      'CSS KB (raw/br)': `${kb(p.css.raw)} / ${kb(p.css.brotli)}`,
      'JS KB (raw/gz)': `${kb(p.js.raw)} / ${kb(p.js.gzip)}`,
    })),
  );
}
console.log(`Page weight of ${pages.length} built pages (largest per template; KB = 1024 bytes)`);
console.table(rows);

if (process.argv.includes('--json')) {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/size.json', JSON.stringify({ pages, rows }, null, 2));
}
if (failures.length > 0) {
  console.error(`Over budget (${failures.length}):\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('All pages within budget.');
