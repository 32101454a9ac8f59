/**
 * The content hash of a Dutch source page: what a translation was made from.
 * Only the words translators translate count — the title, the description and the body — so
 * re-checking a page (lastChecked), its sources, its place in the navigation, the way the front
 * matter is written (quotes, order) and whitespace (line breaks, blank lines, indentation) do not
 * make translations outdated. (Hashes recorded before whitespace stopped counting are moved to this
 * hash by `npm run i18n:rehash`; see legacy-content-hash.ts.)
 */
import { createHash } from 'node:crypto';
import { parse } from 'yaml';

export interface SplitFile {
  frontmatter: string;
  body: string;
}

/** Splits an MDX file into its YAML front matter and body. */
export function splitFrontmatter(source: string): SplitFile {
  const text = source.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { frontmatter: '', body: text };
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length) };
}

/**
 * The front matter as data; {} when YAML cannot read it (`npm run check:content` names the line),
 * so status and hashing never crash on a half-written file.
 */
export function readFrontmatter(frontmatter: string): Record<string, unknown> {
  try {
    const data: unknown = parse(frontmatter);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function contentHash(source: string): string {
  const { frontmatter, body } = splitFrontmatter(source);
  const data = readFrontmatter(frontmatter);
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  const normalized = [String(data.title ?? ''), String(data.description ?? ''), body]
    .map(words)
    .join('\n\u0000\n');
  return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 12);
}

/**
 * Sets (or adds) `sourceHash: "<hash>"` in a file's front matter, leaving the rest as it was.
 * Quoted, because YAML would read a hash of only digits as a number.
 */
export function withSourceHash(source: string, hash: string): string {
  const text = source.replace(/\r\n?/g, '\n');
  const { frontmatter } = splitFrontmatter(text);
  const line = `sourceHash: "${hash}"`;
  const updated = /^sourceHash:.*$/m.test(frontmatter)
    ? frontmatter.replace(/^sourceHash:.*$/m, line)
    : `${frontmatter}\n${line}`;
  return text.replace(`---\n${frontmatter}\n---`, `---\n${updated}\n---`);
}
