/** Reading the team's spreadsheets: both separators, quotes, line breaks in cells, a BOM; and round trips with toCsv. */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../src/server/team/csv-read.ts';
import { toCsv } from '../../../../src/server/team/csv.ts';

describe('readCsv', () => {
  it('reads a comma file with quoted cells, "" quotes and a line break inside a cell', () => {
    const rows = readCsv(
      'Text,Theme,language\r\n"Bel, of chat","Bereik",nl\n"Zeg ""hallo""\nen dan",Taal,ar\n',
    );
    expect(rows).toEqual([
      { line: 2, cells: { text: 'Bel, of chat', theme: 'Bereik', language: 'nl' } },
      { line: 3, cells: { text: 'Zeg "hallo"\nen dan', theme: 'Taal', language: 'ar' } },
    ]);
  });

  it('reads a Dutch spreadsheet: semicolons, a byte-order mark, empty lines skipped, missing cells empty', () => {
    const rows = readCsv('\uFEFFtext;theme;language;by\n\nEen tip, met komma;Bereik;nl\nNog een;Taal\n');
    expect(rows.map((r) => r.cells)).toEqual([
      { text: 'Een tip, met komma', theme: 'Bereik', language: 'nl', by: '' },
      { text: 'Nog een', theme: 'Taal', language: '', by: '' },
    ]);
    expect(rows.map((r) => r.line)).toEqual([3, 4]);
  });

  it('reads back what toCsv wrote', () => {
    const data = [{ text: 'a "quoted", text\nover lines', theme: 'x;y' }];
    expect(readCsv(toCsv(data, ['text', 'theme'])).map((r) => r.cells)).toEqual([
      { text: 'a "quoted", text\nover lines', theme: 'x;y' },
    ]);
  });

  it('says where a quote is never closed', () => {
    expect(() => readCsv('text,theme\n"open,Taal\n')).toThrow(/line 2/);
  });
});
