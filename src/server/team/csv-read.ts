/**
 * Reading a CSV file the team made in a spreadsheet (RFC 4180: quoted cells, "" for a quote, line
 * breaks inside quotes). Dutch spreadsheets separate with ";", others with ",": the header line
 * decides. A leading byte-order mark is dropped. Rows come out as objects keyed by the header,
 * lower-cased; empty lines are skipped.
 */
export interface CsvRow {
  /** Line of the file where the row starts (for messages). */
  line: number;
  cells: Record<string, string>;
}

function separatorOf(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g) ?? []).length > (header.match(/,/g) ?? []).length ? ';' : ',';
}

function records(text: string, sep: string): Array<{ line: number; cells: string[] }> {
  const out: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    cells.push(cell);
    out.push({ line: start, cells });
    cells = [];
    cell = '';
    start = line;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else cell += c;
  }
  if (quoted) throw new Error(`A quoted cell that starts on line ${start} is never closed.`);
  if (cell !== '' || cells.length > 0) out.push({ line: start, cells: [...cells, cell] });
  return out.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

export function readCsv(text: string): CsvRow[] {
  const body = text.replace(/^\uFEFF/, '');
  const [header, ...rows] = records(body, separatorOf(body));
  if (!header) return [];
  const names = header.cells.map((h) => h.trim().toLowerCase());
  return rows.map((r) => ({
    line: r.line,
    cells: Object.fromEntries(names.map((name, i) => [name, r.cells[i] ?? ''])),
  }));
}
