import { describe, expect, it } from 'vitest';
import { isTimeZone, nextZonedDayStart, zonedDayStart, zonedDayStartOf, zoneOffsetMs } from '@/components/calls/time-zone';

describe('zoned days', () => {
  it.each([
    ['UTC', 2026, 11, 24, '2026-11-24T00:00:00.000Z'],
    ['Europe/Paris', 2026, 11, 24, '2026-11-23T23:00:00.000Z'],
    ['Europe/Paris', 2026, 7, 1, '2026-06-30T22:00:00.000Z'],
    ['America/New_York', 2026, 3, 8, '2026-03-08T05:00:00.000Z'],
    ['America/New_York', 2026, 3, 9, '2026-03-09T04:00:00.000Z'],
    ['Asia/Kolkata', 2026, 1, 1, '2025-12-31T18:30:00.000Z'],
    ['America/Sao_Paulo', 2026, 12, 32, '2027-01-01T03:00:00.000Z'],
  ])('%s %i-%i-%i starts at %s', (zone, year, month, day, iso) => {
    expect(new Date(zonedDayStart(year, month, day, zone)).toISOString()).toBe(iso);
  });

  it('a DST day in New York lasts 23 hours, and the day of an instant is found', () => {
    const start = zonedDayStart(2026, 3, 8, 'America/New_York');
    expect(nextZonedDayStart(start, 'America/New_York') - start).toBe(23 * 3_600_000);
    expect(zonedDayStartOf(Date.parse('2026-03-08T23:30:00Z'), 'America/New_York')).toBe(start);
  });

  it('knows offsets and rejects unknown zones', () => {
    expect(zoneOffsetMs(Date.parse('2026-01-15T12:00:00Z'), 'Asia/Kathmandu')).toBe((5 * 60 + 45) * 60_000);
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
