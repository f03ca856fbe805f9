import { describe, expect, it } from 'vitest';
import { csvCell, errorsToCsv } from './error-csv';

const headers = { row: '行号', column: '列', message: '错误说明' };

describe('errorsToCsv', () => {
  it('starts with a BOM and a header row, one CRLF line per error', () => {
    const csv = errorsToCsv(
      [
        { row: 2, column: 'idNumber', message: '身份证号校验位错误' },
        { row: 5, column: null, message: 'missing' },
      ],
      headers,
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual(['行号,列,错误说明', '2,idNumber,身份证号校验位错误', '5,,missing', '']);
  });

  it('quotes cells with commas, quotes and line breaks and doubles the quotes', () => {
    const csv = errorsToCsv([{ row: 3, column: 'name', message: 'say "hi", then\nleave' }], headers);
    expect(csv).toBe('\uFEFF行号,列,错误说明\r\n3,name,"say ""hi"", then\nleave"\r\n');
  });

  it('defuses cells that a spreadsheet would read as formulas', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('-1,2')).toBe(`"'-1,2"`);
    expect(csvCell(7)).toBe('7');
  });
});
