/**
 * A schema's complaints (src/content-model/*-schema.ts) as problems at the line of the value, with
 * list positions as people count them: the third source is "sources 3", not "sources.2".
 */
import type { z } from 'astro/zod';
import { nearest } from '../lib/nearest.ts';
import type { Problem } from '../content-model/problem.ts';
import type { Path, YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;

/** "sources 3 url" for ["sources", 2, "url"]. */
export function humanPath(path: Path): string {
  return path.map((p) => (typeof p === 'number' ? String(p + 1) : p)).join(' ');
}

/** Zod's own wording for issues a schema gives no message of its own. */
function plainMessage(issue: Issue, field: string): string {
  const name = field ? `"${field}"` : 'the value';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${name} is missing — add it`
        : `${name} must be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`} — check what is written after "${field}:"`;
    case 'too_small':
      return `${name} is too short — it needs at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_big':
      return `${name} is too long — it may have at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'invalid_value':
      return `${name} must be one of: ${issue.values.map(String).join(', ')} — write one of those`;
    default:
      return `${name}: ${issue.message} — check what is written there`;
  }
}

const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized key)/;

/** The schema's problems with `data`, at the positions `source` knows. */
export function schemaProblems(
  file: string,
  schema: z.ZodType,
  data: unknown,
  source: YamlSource,
  /** The known field names, for "did you mean" on an unknown one. */
  fields: readonly string[] = [],
): Problem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue: Issue): Problem[] => {
    // Paths of plain data are keys and list positions (never symbols).
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const suggestion = nearest(key, fields, true);
        const where = humanPath(path);
        return {
          file,
          ...source.keyPositionOf([...path, key]),
          message: `${where ? `${where}: ` : ''}there is no field "${key}" — ${
            suggestion ? `did you mean "${suggestion}"?` : `remove it (the fields are: ${fields.join(', ')})`
          }`,
        };
      });
    }
    const last = path.at(-1);
    const field = typeof last === 'string' ? last : '';
    const message = ZOD_DEFAULT.test(issue.message) ? plainMessage(issue, field) : issue.message;
    // Name the place unless the message already names the field: "sources 3: the "url" must be …".
    const named = field !== '' && message.includes(`"${field}"`);
    const where = humanPath(named ? path.slice(0, -1) : path);
    return [{ file, ...source.positionOf(path), message: where ? `${where}: ${message}` : message }];
  });
}
