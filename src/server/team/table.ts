/** Plain-text tables for the team CLI. Cells are inert (./visible.ts): stored text cannot steer the terminal. */
import { visible } from './visible.ts';

export function formatTable(rows: Record<string, unknown>[], columns?: string[]): string {
  if (rows.length === 0) return '(none)';
  const cols = columns ?? Object.keys(rows[0]!);
  const cell = (v: unknown) => {
    const text =
      v === null || v === undefined
        ? ''
        : v instanceof Date
          ? v.toISOString().slice(0, 16).replace('T', ' ')
          : Array.isArray(v)
            ? v.join(', ')
            : String(v);
    return visible(text.replace(/\s+/g, ' '));
  };
  const cut = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
  // Columns are cut at 48 characters, except the last one (explanations read best whole).
  const widths = cols.map((c, i) =>
    Math.min(i === cols.length - 1 ? 400 : 48, Math.max(c.length, ...rows.map((r) => cell(r[c]).length))),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => cut(v, widths[i]!).padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    line(cols),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map((r) => line(cols.map((c) => cell(r[c])))),
  ].join('\n');
}
