/**
 * What search costs, per language: the size of its Pagefind index (meta, word index chunks, page
 * fragments, its WebAssembly), and a first search in Chromium on the built site — the bytes fetched
 * (raw, and brotli as the CDN would send them) and the time from opening /<lang>/zoeken/?q=… to the
 * first result shown. Explainers load none of this: only the search page does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { weigh } from '../src/budgets/page-weight.ts';
import { LOCALE_CODES } from '../src/i18n/locales.ts';
import { launchBrowser } from '../support/browser.ts';
import { startSiteServer } from '../support/site-server.ts';
import { report } from './lib/results.ts';

const DIST = 'dist';
const PAGEFIND = join(DIST, 'pagefind');
const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
/** A word every language's index has: the Dutch term stands beside every translation. */
const QUERY = 'PIP';

function indexFiles(lang: string): string[] {
  const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const { hash, wasm } = entry.languages[lang]!;
  const inDir = (dir: string) =>
    readdirSync(join(PAGEFIND, dir))
      .filter((f) => f.startsWith(`${lang}_`))
      .map((f) => join(PAGEFIND, dir, f));
  return [
    join(PAGEFIND, `pagefind.${hash}.pf_meta`),
    join(PAGEFIND, `wasm.${wasm ?? 'unknown'}.pagefind`),
    ...inDir('index'),
    ...inDir('fragment'),
  ];
}

export interface SearchCost {
  lang: string;
  pages: number;
  indexRaw: number;
  files: number;
  fetchedRaw: number;
  fetchedBrotli: number;
  ms: number;
}

/** The index of each language on disk, and a first search in Chromium (see the file's comment). */
export async function measureSearch(): Promise<SearchCost[]> {
  const server = await startSiteServer({ dist: DIST });
  const browser = await launchBrowser();
  const rows: SearchCost[] = [];
  try {
    for (const lang of LOCALE_CODES) {
      const files = indexFiles(lang);
      const raw = files.reduce((sum, f) => sum + statSync(f).size, 0);
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched = new Map<string, Buffer>();
      page.on('response', async (response) => {
        const path = new URL(response.url()).pathname;
        if (path.startsWith('/pagefind/') || path.endsWith('.js'))
          fetched.set(path, await response.body().catch(() => Buffer.alloc(0)));
      });
      const started = performance.now();
      await page.goto(`${server.url}/${lang}/zoeken/?q=${QUERY}`);
      await page.waitForSelector('#search-results li');
      const ms = Math.round(performance.now() - started);
      await page.waitForLoadState('networkidle');
      const bodies = [...fetched.values()];
      rows.push({
        lang,
        pages: files.filter((f) => f.endsWith('.pf_fragment')).length,
        indexRaw: raw,
        files: bodies.length,
        fetchedRaw: bodies.reduce((s, b) => s + b.length, 0),
        fetchedBrotli: bodies.reduce((s, b) => s + weigh(b).brotli, 0),
        ms,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

export async function run(): Promise<void> {
  const rows = (await measureSearch()).map((r) => ({
    lang: r.lang,
    pages: r.pages,
    'index KB raw': kb(r.indexRaw),
    'first search: files': r.files,
    'KB raw': kb(r.fetchedRaw),
    'KB br': kb(r.fetchedBrotli),
    'ms to first result': r.ms,
  }));
  report(
    'search-cost',
    `Search per language: the Pagefind index on disk, and a first search for "${QUERY}" in Chromium (local server; KB = 1024 bytes; br as the CDN sends it)`,
    rows,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
export {};
