/**
 * The search page in the browser (/<lang>/zoeken/): reads ?q=, asks Pagefind (the index of the
 * page's language, built by src/integrations/search-index.ts), and shows the results — title,
 * one-line description, an excerpt with the match marked — and their number in a live region.
 * Pagefind's code and index load only when there is something to search. Without JavaScript the
 * page lists every page and term instead.
 */
import { excerptParts } from './excerpt.ts';
import { META_WEIGHTS } from './ranking.ts';
import { similarQueries, wordsOf } from './similar.ts';
import { sentence, type SearchStrings } from './strings.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const SHOWN = 10;
const PAGEFIND = '/pagefind/pagefind.js';

/** After the page has loaded and painted: Pagefind's code and WebAssembly never hold up the first paint. */
function afterLoad(): Promise<void> {
  const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  if (document.readyState === 'complete') return painted();
  return new Promise((resolve) =>
    addEventListener('load', () => void painted().then(resolve), { once: true }),
  );
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= afterLoad()
    .then(() => import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>)
    .then(async (module) => {
      await module.options({ excerptLength: 14, ranking: { metaWeights: META_WEIGHTS } });
      return module;
    });
  return pagefind;
}

/** Results of several searches as one list, best first (a page found twice keeps its best score). */
async function searchAll(engine: Pagefind, queries: string[]): Promise<PagefindResult[]> {
  const best = new Map<string, PagefindResult>();
  for (const { results } of await Promise.all(queries.map((q) => engine.search(q))))
    for (const r of results) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
  return [...best.values()].sort((a, b) => b.score - a.score);
}

async function find(query: string): Promise<{ results: PagefindResult[]; similar: boolean }> {
  const engine = await loadPagefind();
  const exact = await searchAll(engine, [wordsOf(query).join(' ')]);
  if (exact.length > 0) return { results: exact, similar: false };
  for (const queries of similarQueries(query, document.documentElement.lang)) {
    const results = await searchAll(engine, queries);
    if (results.length > 0) return { results, similar: true };
  }
  return { results: [], similar: false };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A status sentence with the reader's query isolated, so a Latin word keeps its place in Arabic text. */
function say(status: HTMLElement, text: string, query: string): void {
  const parts = text.split('{{query}}');
  status.replaceChildren(
    ...parts.flatMap((part, i) => (i === 0 ? [part] : [el('bdi', undefined, query), part])),
  );
}

async function resultItem(result: PagefindResult): Promise<HTMLLIElement> {
  const data = await result.data();
  const item = el('li', 'ww-result-item');
  const link = el('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  const title = el('h2');
  title.append(link);
  item.append(title);
  if (data.meta.description) item.append(el('p', 'ww-muted', data.meta.description));
  const excerpt = el('p', 'ww-excerpt');
  for (const part of excerptParts(data.excerpt))
    excerpt.append(part.mark ? el('mark', undefined, part.text) : part.text);
  item.append(excerpt);
  return item;
}

function start(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const stringsNode = document.getElementById('search-strings');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const browse = document.getElementById('search-browse');
  if (!form || !stringsNode || !status || !list || !browse) return;
  /** A search shows its results in place of the list of every page (which stays for no results). */
  const showBrowse = (show: boolean) => {
    browse.hidden = !show;
    list.classList.toggle('ww-results--open', !show);
  };
  const strings = JSON.parse(stringsNode.textContent ?? '{}') as SearchStrings;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  let latest = 0;

  async function run(query: string): Promise<void> {
    const ticket = ++latest;
    list!.replaceChildren();
    showBrowse(!query.trim());
    if (!query.trim()) return void status!.replaceChildren();
    status!.textContent = strings.searching;
    try {
      const { results, similar } = await find(query);
      const items = await Promise.all(results.slice(0, SHOWN).map(resultItem));
      if (ticket !== latest) return;
      list!.replaceChildren(...items);
      const text =
        results.length === 0
          ? strings.none
          : sentence(strings, similar ? 'similar' : 'results', results.length);
      say(status!, text, query.trim());
      if (results.length === 0) showBrowse(true);
    } catch {
      if (ticket === latest) {
        status!.textContent = strings.failed;
        showBrowse(true);
      }
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  // Start loading Pagefind as soon as the reader shows they will search.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

  const query = new URL(location.href).searchParams.get('q') ?? '';
  if (query) {
    input.value = query;
    void run(query);
  }
}

start();
