/** SHA-256 of a submission's values in a canonical order: the same fields give the same hash. */
import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function bodyHash(values: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(values)), 'utf8')
    .digest('hex');
}
