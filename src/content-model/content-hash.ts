/**
 * The content hash of a Dutch source page: what a translation was made from.
 * Only what translators translate counts (title, description, body); re-checking a page
 * (lastChecked) or re-ordering the navigation does not make translations outdated.
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

export function contentHash(source: string): string {
  const { frontmatter, body } = splitFrontmatter(source);
  const data = (parse(frontmatter) ?? {}) as { title?: unknown; description?: unknown };
  const normalized = [
    String(data.title ?? ''),
    String(data.description ?? ''),
    body.trim().replace(/[ \t]+$/gm, ''),
  ].join('\n\u0000\n');
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
