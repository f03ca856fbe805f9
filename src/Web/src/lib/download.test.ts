import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './download';

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 filename* over the plain name', () => {
    const header = `attachment; filename="_____-20261127.xlsx"; filename*=UTF-8''${encodeURIComponent('机构名录-20261127.xlsx')}`;
    expect(fileNameFromDisposition(header, 'x.xlsx')).toBe('机构名录-20261127.xlsx');
  });

  it('reads a plain quoted or bare filename', () => {
    expect(fileNameFromDisposition('attachment; filename="workers.xlsx"', 'x.xlsx')).toBe('workers.xlsx');
    expect(fileNameFromDisposition('attachment; filename=workers.xlsx', 'x.xlsx')).toBe('workers.xlsx');
  });

  it('falls back when there is no header or no name', () => {
    expect(fileNameFromDisposition(null, 'fallback.xlsx')).toBe('fallback.xlsx');
    expect(fileNameFromDisposition('attachment', 'fallback.xlsx')).toBe('fallback.xlsx');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A", 'fallback.xlsx')).toBe('fallback.xlsx');
  });
});
