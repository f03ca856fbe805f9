import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fromIsoDate, toIsoDate } from './dates';

describe('calendar dates', () => {
  it('formats a picked date without a time or offset', () => {
    expect(toIsoDate(dayjs('2025-03-09T23:30:00'))).toBe('2025-03-09');
    expect(toIsoDate(null)).toBeNull();
    expect(toIsoDate(undefined)).toBeNull();
  });

  it('reads an API date back', () => {
    expect(fromIsoDate('2024-12-31')?.format('YYYY-MM-DD')).toBe('2024-12-31');
    expect(fromIsoDate(null)).toBeUndefined();
    expect(fromIsoDate('not a date')).toBeUndefined();
  });
});
