import { vi } from 'vitest';

/**
 * Captures downloads started with `saveBlob` (jsdom has no object URLs and does not navigate): the names of the files
 * the page offered to save, in order.
 */
export function captureDownloads() {
  const names: string[] = [];
  URL.createObjectURL = vi.fn(() => 'blob:download');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return names;
}

export function xlsx(fileName: string): Response {
  return new Response('PK', {
    status: 200,
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    },
  });
}
