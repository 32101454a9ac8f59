/** Where an index falls in a text, as editors count: line and column from 1. */
export interface TextPosition {
  line: number;
  column: number;
}

export function positionAt(text: string, index: number): TextPosition {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The position of the first occurrence of `needle` at or after `from`, or undefined. */
export function positionOf(text: string, needle: string, from = 0): TextPosition | undefined {
  const index = text.indexOf(needle, from);
  return index < 0 ? undefined : positionAt(text, index);
}
