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
  ])('makes %j text, not a formula', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('quotes commas, quotes and new lines; leaves plain text and other scripts alone', () => {
    expect(csvCell('Amal, Rotterdam')).toBe('"Amal, Rotterdam"');
    expect(csvCell('zei "hoi"')).toBe('"zei ""hoi"""');
    expect(csvCell('twee\nregels')).toBe('"twee\nregels"');
    expect(csvCell('ትግርኛ')).toBe('ትግርኛ');
    expect(csvCell(['ti', 'nl'])).toBe('ti; nl');
    expect(csvCell(null)).toBe('');
  });

  it('writes a header and rows with CRLF', () => {
    expect(toCsv([{ a: '1', b: '=x' }], ['a', 'b'])).toBe(`a,b\r\n1,"'=x"\r\n`);
  });
});
