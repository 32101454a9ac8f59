/**
 * Every file under content/, read from disk (before Astro's content layer runs), with what it is:
 * the one listing for the content check, the fact check and `npm run facts`.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type ContentKind =
  'page' | 'result' | 'checker-text' | 'checker-tree' | 'glossary' | 'insight' | 'fact' | 'settings' | 'ui';

export interface ContentFile {
  /** Path from the project root, e.g. "content/pages/ar/boetes.mdx". */
  path: string;
  kind: ContentKind;
  /** The language folder or file name ("ar"); undefined for files of every language (facts, tree, settings). */
  lang?: string;
  /** Pages: "pip", "expertpool/inzichten"; results: the result id; insights: the file name. */
  slug?: string;
  text: string;
}

function files(dir: URL): string[] {
  try {
    return readdirSync(dir, { recursive: true })
      .map((f) => String(f).split('\\').join('/'))
      .sort();
  } catch {
    return [];
  }
}

const stem = (name: string) => name.replace(/\.[a-z]+$/, '');

/** The content files under `contentDir`, pages first, each kind in file-name order. */
export function contentFiles(contentDir: URL): ContentFile[] {
  const read = (path: string, kind: ContentKind, lang?: string, slug?: string): ContentFile => ({
    path: `content/${path}`,
    kind,
    ...(lang !== undefined && { lang }),
    ...(slug !== undefined && { slug }),
    text: readFileSync(new URL(path, contentDir), 'utf8'),
  });
  const under = (dir: string, extension: string) =>
    files(new URL(dir, contentDir)).filter((f) => f.endsWith(extension));
  const split = (f: string) => {
    const slash = f.indexOf('/');
    return { lang: f.slice(0, slash), rest: stem(f.slice(slash + 1)) };
  };
  return [
    ...under('pages/', '.mdx')
      .filter((f) => f.includes('/'))
      .map((f) => read(`pages/${f}`, 'page', split(f).lang, split(f).rest)),
    ...under('checker/results/', '.mdx').map((f) =>
      read(`checker/results/${f}`, 'result', split(f).lang, split(f).rest),
    ),
    ...under('checker/', '.yaml')
      .filter((f) => !f.includes('/'))
      .map((f) =>
        f === 'tree.yaml'
          ? read('checker/tree.yaml', 'checker-tree')
          : read(`checker/${f}`, 'checker-text', stem(f)),
      ),
    ...under('glossary/', '.yaml').map((f) => read(`glossary/${f}`, 'glossary', stem(f))),
    ...under('insights/', '.yaml').map((f) => read(`insights/${f}`, 'insight', split(f).lang, split(f).rest)),
    ...under('facts/', '.yaml').map((f) => read(`facts/${f}`, 'fact', undefined, stem(f))),
    ...under('settings/', '.yaml').map((f) => read(`settings/${f}`, 'settings', undefined, stem(f))),
    ...under('ui/', '.json').map((f) => read(`ui/${f}`, 'ui', stem(f))),
  ];
}
