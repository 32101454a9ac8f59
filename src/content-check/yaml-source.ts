/**
 * YAML (front matter, glossaries, facts, checker texts) and JSON (interface strings) read with the
 * position of every value, so a problem names its line and column. A YAML mistake editors make
 * often — a colon in an unquoted title — gets its own advice: put the text in quotes.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../content-model/problem.ts';

export type Path = readonly (string | number)[];

export interface YamlSource {
  /** The parsed value, or undefined when the text could not be read. */
  data: unknown;
  /** Problems reading the text (YAML or JSON syntax). */
  problems: Problem[];
  /** Line and column (from 1, in the whole file) of the value at `path`, or of the nearest parent. */
  positionOf(path: Path): { line: number; column: number };
  /** The position of a key itself (`title:`), or of the value when the key is not there. */
  keyPositionOf(path: Path): { line: number; column: number };
}

/** "title: Werk: wat mag je?" → the advice to quote the value, or undefined for other lines. */
function quoteAdvice(line: string): string | undefined {
  const match = /^(\s*(?:-\s+)?)([\w-]+):\s+(.*\S)\s*$/.exec(line);
  if (!match) return undefined;
  const [, , key, value] = match as unknown as [string, string, string, string];
  if (/^["'[{|>]/.test(value) || !/:\s|\s#/.test(value)) return undefined;
  const quoted = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
  const what = /:\s/.test(value) ? '": "' : '" #"';
  return `the ${key} contains ${what}, which YAML reads as the start of something else — put the ${key} in quotes: ${key}: ${quoted}`;
}

/**
 * Reads `text` (YAML, or JSON when `json`), whose first line is line `firstLine` of `file`
 * (front matter starts on line 2, after "---").
 */
export function readYaml(file: string, text: string, firstLine = 1, json = false): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lines = text.split('\n');
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const problems: Problem[] = [];
  if (json) {
    try {
      JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
      problems.push({
        file,
        ...at(offset),
        message: `this is not valid JSON (${message.replace(/ in JSON at position.*$/, '')}) — check the quotes and commas: every line but the last ends with a comma`,
      });
    }
  } else {
    for (const error of doc.errors) {
      const { line } = lineCounter.linePos(error.pos[0]);
      const source = lines[line - 1] ?? '';
      const advice = quoteAdvice(source);
      const column = advice ? source.search(/[\w-]/) + 1 : lineCounter.linePos(error.pos[0]).col;
      problems.push({
        file,
        line: line + firstLine - 1,
        column,
        message:
          advice ??
          `YAML cannot read this line: ${error.message.split(' at line')[0]} — check the indentation, and put text with ":" or "#" in quotes`,
      });
    }
  }
  const failed = problems.length > 0;

  const nodeAt = (path: Path): { offset: number; key?: number } => {
    let node: unknown = doc.contents;
    let found = { offset: (node as { range?: [number] } | null)?.range?.[0] ?? 0 };
    for (const part of path) {
      if (!node || typeof node !== 'object' || !('items' in node)) break;
      const items = (node as { items: unknown[] }).items;
      let next: unknown;
      let keyOffset: number | undefined;
      if (isMap(node)) {
        const pair = items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
        if (!isPair(pair)) break;
        keyOffset = (pair.key as { range?: [number] }).range?.[0];
        next = pair.value;
      } else {
        next = items[Number(part)];
      }
      const offset = (next as { range?: [number] } | null)?.range?.[0] ?? keyOffset;
      if (offset === undefined) break;
      found = { offset, ...(keyOffset !== undefined && { key: keyOffset }) };
      node = next;
    }
    return found;
  };

  return {
    data: failed ? undefined : doc.toJS(),
    problems,
    positionOf: (path) => at(nodeAt(path).offset),
    keyPositionOf: (path) => {
      const found = nodeAt(path);
      return at(found.key ?? found.offset);
    },
  };
}
