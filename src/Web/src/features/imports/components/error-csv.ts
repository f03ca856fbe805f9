import type { ImportRowError } from '../api/get-import-job';

export interface ErrorCsvHeaders {
  row: string;
  column: string;
  message: string;
}

const BOM = '\uFEFF';

/** One CSV cell: quoted when it holds a comma, quote or line break; a leading formula sign is defused. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The row errors as a UTF-8 CSV with a BOM (so Excel reads the Chinese text), CRLF line endings. */
export function errorsToCsv(errors: readonly ImportRowError[], headers: ErrorCsvHeaders): string {
  const lines = [
    [headers.row, headers.column, headers.message],
    ...errors.map((error) => [error.row, error.column ?? '', error.message]),
  ].map((cells) => cells.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
