import { describe, expect, it } from 'vitest';
import { formatCallerNumber } from '@/components/calls/caller-number-format';
import { formatRelative } from '@/components/calls/format-call';

describe('formatCallerNumber', () => {
  it.each([
    ['+18003569377', 'US', '+1 800 356 9377'],
    ['+442079460000', 'GB', '+44 20 7946 0000'],
    ['+4930123456', null, '+49 30 123456'],
    ['anonymous', null, 'anonymous'],
    ['', undefined, ''],
  ])('%s (%s) -> %s', (number, country, expected) => {
    expect(formatCallerNumber(number, country)).toBe(expected);
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  it.each([
    ['2026-11-24T12:00:00Z', 'just now'],
    ['2026-11-24T12:00:05Z', 'just now'],
    ['2026-11-24T11:59:30Z', '30 seconds ago'],
    ['2026-11-24T11:55:00Z', '5 minutes ago'],
    ['2026-11-24T09:00:00Z', '3 hours ago'],
    ['2026-11-23T12:00:00Z', 'yesterday'],
    ['not a date', 'unknown time'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatRelative(iso, now)).toBe(expected);
  });
});
