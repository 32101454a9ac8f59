/**
 * Reads the Netlify rules the tests must honour: static headers from netlify.toml and the
 * generated dist/_redirects. Used by the test server and by the header checks.
 */
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'smol-toml';

export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
}

export function readNetlifyToml(file = 'netlify.toml'): {
  headers: HeaderRule[];
  raw: Record<string, unknown>;
} {
  const raw = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const headers = ((raw.headers as HeaderRule[] | undefined) ?? []).map((h) => ({
    for: h.for,
    values: h.values,
  }));
  return { headers, raw };
}

export function readRedirects(file = 'dist/_redirects'): RedirectRule[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', status = '301'] = line.split(/\s+/);
      return { from, to, status: Number.parseInt(status, 10) };
    });
}

/**
 * Netlify path patterns: exact, `:placeholder` segments, and a trailing `*` splat (which also
 * matches the path without it: `/pagefind/*` matches `/pagefind/`).
 */
export function pathMatches(pattern: string, path: string): boolean {
  const parts = pattern.split('/').filter(Boolean);
  const regex = parts
    .map((part) =>
      part.startsWith(':')
        ? '[^/]+'
        : part === '*'
          ? '?.*'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*'),
    )
    .join('/');
  return new RegExp(`^/${regex}/?$`, 'u').test(path);
}

export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) if (pathMatches(rule.for, path)) Object.assign(result, rule.values);
  return result;
}
