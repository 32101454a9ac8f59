/**
 * Internal links in MDX: every `/<language>/<page>/` and `#anchor` must lead somewhere, for every
 * reader who sees the text. A link leads to the reader's language (LocalLink.astro), so a link in
 * a Dutch page shown to Arabic readers is checked against the Arabic page and its headings.
 */
import { nearest } from '../lib/nearest.ts';
import type { Problem } from '../content-model/problem.ts';
import type { MdxLink } from './mdx-tree.ts';

export interface SiteLinks {
  locales: readonly string[];
  /** The Dutch file names of the pages ("pip", "expertpool/inzichten", "index"). */
  slugs: ReadonlySet<string>;
  /** Paths outside the languages that exist ("/", "/vertaalstatus/"). */
  otherPaths: ReadonlySet<string>;
  /** The ids a reader of `lang` finds on the page `slug` (headings and components). */
  anchorsOf(lang: string, slug: string): ReadonlySet<string>;
  /** Whether /<lang>/<checker>/vragen/<answers…>/ is a question or result of the checker. */
  isCheckerPath(rest: string): boolean;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function pageProblem(path: string, site: SiteLinks): string | undefined {
  if (site.otherPaths.has(path)) return undefined;
  const [, lang, ...parts] = path.split('/');
  const rest = parts.join('/').replace(/\/$/, '');
  const example = (slug: string) => `/${lang && site.locales.includes(lang) ? lang : 'nl'}/${slug}/`;
  if (!lang || !site.locales.includes(lang)) {
    const slug = [lang, ...parts].join('/').replace(/\/$/, '');
    return site.slugs.has(slug)
      ? `the link "${path}" has no language — write ${example(slug)}`
      : `the link "${path}" leads to no page of the site — write /<language>/<file name>/, e.g. /nl/pip/`;
  }
  if (!path.endsWith('/')) return `the link "${path}" must end with a slash — write ${path}/`;
  if (rest === '' || site.slugs.has(rest) || site.isCheckerPath(rest)) return undefined;
  const suggestion = nearest(rest, site.slugs, true);
  return `the link "${path}" leads to no page of the site — ${
    suggestion
      ? `did you mean ${example(suggestion)}?`
      : `link to a page in content/pages/nl/ as ${example('<file name>')}`
  }`;
}

/**
 * The problems of one text's links. `readers`: the languages whose readers see this text (its own,
 * and those it is the fallback of); `slug`: the page it is on, for links to "#anchor" alone.
 */
export function linkProblems(
  file: string,
  links: readonly MdxLink[],
  readers: readonly string[],
  slug: string | undefined,
  site: SiteLinks,
): Problem[] {
  const problems: Problem[] = [];
  for (const { url, at } of links) {
    if (EXTERNAL.test(url)) continue;
    const [path = '', anchor] = url.split('#') as [string, string | undefined];
    const problem = (message: string) => problems.push({ file, ...at, message });
    if (path !== '' && !path.startsWith('/')) {
      problem(`the link "${url}" is relative — write the whole address from the site's root, e.g. /nl/pip/`);
      continue;
    }
    const wrong = path === '' ? undefined : pageProblem(path, site);
    if (wrong) {
      problem(wrong);
      continue;
    }
    if (anchor === undefined || anchor === '') continue;
    const [, lang = '', ...parts] = path.split('/');
    const target = path === '' ? slug : parts.join('/').replace(/\/$/, '') || 'index';
    if (target === undefined || !site.locales.includes(lang || readers[0]!)) continue;
    const missing = readers.filter((reader) => !site.anchorsOf(reader, target).has(anchor));
    if (missing.length === 0) continue;
    const shown = path === '' ? 'this page' : `/${missing[0]}/${target === 'index' ? '' : `${target}/`}`;
    problem(
      `the link "${url}" leads to no "#${anchor}" on ${shown}${
        missing.length < readers.length ? ` (for readers in ${missing.join(', ')})` : ''
      } — link to a heading of that page (its id is the heading in lower case, with - for spaces), or leave out "#${anchor}"`,
    );
  }
  return problems;
}
