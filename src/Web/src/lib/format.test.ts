import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

describe('formatDateTime', () => {
  it('shows an instant in Beijing time', () => {
    expect(formatDateTime('2024-12-31T16:05:09Z')).toBe('2025-01-01 00:05:09');
    expect(formatDateTime('2024-06-01T08:00:00+08:00')).toBe('2024-06-01 08:00:00');
  });

  it('leaves blanks blank and unparsable text as it is', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('')).toBe('');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
