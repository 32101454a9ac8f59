/**
 * Reads CSV the way a spreadsheet program does when it is told (or assumes) a separator: quotes
 * count only where a cell starts; a cell that starts with a quote runs to the closing quote (""
 * inside is one quote) and anything after it up to the separator is added as it is; line breaks
 * end a row except inside a quoted cell. With the wrong separator this splits a line the way
 * Dutch spreadsheet programs (which assume ";") do — what an export must survive.
 */
export function readCsv(text: string, separator: ',' | ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) break;
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
    }
    while (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n')
      cell += text[i++];
    row.push(cell);
    if (text[i] === separator) {
      i++;
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    endRow();
  }
  if (row.length) endRow();
  return rows;
}

/** A cell a spreadsheet would compute: it starts with = + - @ (also after spaces), or a tab or line break. */
export function isFormulaCell(cell: string): boolean {
  return /^(?:[\t\r\n]|\s*[=+\-@])/.test(cell);
}
