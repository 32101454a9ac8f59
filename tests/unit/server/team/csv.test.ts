import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../../src/server/team/csv.ts';

describe('CSV export', () => {
  it.each([
    ['=HYPERLINK("http://evil","klik")', `"'=HYPERLINK(""http://evil"",""klik"")"`],
    ['+31 6 12345678', `"'+31 6 12345678"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tverborgen', `"'\tverborgen"`],
    ['\rregel', `"'\rregel"`],
    ['  =1+1', `"'  =1+1"`],
    ['"=1+1"', `"'""=1+1"""`],
  ])('makes %j text, not a formula', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['Jan;=1+1', `"Jan;'=1+1"`],
    ['Jan,=1+1', `"Jan,'=1+1"`],
    ['Jan; -2', `"Jan;' -2"`],
    ['vraag\n=cmd', `"vraag\n'=cmd"`],
    ['a;"@x"', `"a;'""@x"""`],
  ])('makes %j text where a spreadsheet splitting at the other separator starts a cell', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('quotes every cell, doubles quotes, keeps new lines, shows escape characters as their code', () => {
    expect(csvCell('Amal, Rotterdam')).toBe('"Amal, Rotterdam"');
    expect(csvCell('zei "hoi"')).toBe('"zei ""hoi"""');
    expect(csvCell('twee\nregels')).toBe('"twee\nregels"');
    expect(csvCell('ትግርኛ')).toBe('"ትግርኛ"');
    expect(csvCell(['ti', 'nl'])).toBe('"ti; nl"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell('x\u001b]52;c;aGk=\u0007')).toBe('"x\\u001b]52;c;aGk=\\u0007"');
  });

  it('writes a header and rows with CRLF', () => {
    expect(toCsv([{ a: '1', b: '=x' }], ['a', 'b'])).toBe(`"a","b"\r\n"1","'=x"\r\n`);
  });
});
