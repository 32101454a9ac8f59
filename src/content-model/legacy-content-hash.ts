/**
 * The content hash as it was until December 2026 (version 1), which counted blank lines and line
 * breaks: kept only so `npm run i18n:rehash` can move recorded `sourceHash` values to the current
 * hash (content-hash.ts) without changing whether a translation is up to date. Translation branches
 * made before the change still record version-1 hashes; remove this file when none is left.
 */
import { createHash } from 'node:crypto';
import { readFrontmatter, splitFrontmatter } from './content-hash.ts';

export function legacyContentHash(source: string): string {
  const { frontmatter, body } = splitFrontmatter(source);
  const data = readFrontmatter(frontmatter);
  const normalized = [
    String(data.title ?? ''),
    String(data.description ?? ''),
    body.trim().replace(/[ \t]+$/gm, ''),
  ].join('\n\u0000\n');
  return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 12);
}
