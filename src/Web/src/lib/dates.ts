import dayjs, { type Dayjs } from 'dayjs';

/** A date picker's value as the API's calendar date (`YYYY-MM-DD`); empty gives null. */
export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** An API calendar date for a date picker; empty or unparsable gives undefined. */
export function fromIsoDate(value: string | null | undefined): Dayjs | undefined {
  if (!value) return undefined;
  const date = dayjs(value);
  return date.isValid() ? date : undefined;
}
