/**
 * CSV for spreadsheets, inert whichever separator the spreadsheet program assumes: a comma (what
 * this writes) or a semicolon (the default of Dutch spreadsheet programs, which then splits a
 * line at semicolons and ignores quotes that do not open a cell). So:
 * - every cell is quoted (RFC 4180), a quote inside doubled;
 * - a cell that a spreadsheet would read as a formula — starting with = + - @, a tab or a line
 *   break, also after spaces or quotes — gets a leading apostrophe;
 * - the same inside a cell after a comma, a semicolon or a line break, where a spreadsheet that
 *   splits at the other separator starts a new cell: "Jan;=1+1" becomes "Jan;'=1+1";
 * - control characters other than tab and line breaks (escape sequences) are written as their code.
 * tests/integration/team/team-cli.test.ts reads an export back with both separators.
 */
import { visibleInFile } from './visible.ts';

const STARTS_AS_FORMULA = /^(?:[\t\r\n]|[\s"]*[=+\-@])/;
const SPLIT_THEN_FORMULA = /([,;\r\n])(?=[ \t"]*[=+\-@])/g;

export function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined
      ? ''
      : Array.isArray(value)
        ? value.join('; ')
        : value instanceof Date
          ? value.toISOString()
          : String(value);
  text = visibleInFile(text).replace(SPLIT_THEN_FORMULA, "$1'");
  if (STARTS_AS_FORMULA.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
