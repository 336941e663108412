import { describe, expect, it } from 'vitest';
import { timeFormat } from '@/components/time/time-format';

const at = new Date('2026-11-30T14:05:09Z');

describe('timeFormat', () => {
  it.each([
    ['UTC', 'Mon 30 Nov', '14:00', 'Mon 30 Nov, 14:05', 'Mon 30 Nov 2026, 14:05:09', 'UTC'],
    ['Europe/London', 'Mon 30 Nov', '14:00', 'Mon 30 Nov, 14:05', 'Mon 30 Nov 2026, 14:05:09', 'Europe/London (GMT)'],
    ['America/New_York', 'Mon 30 Nov', '09:00', 'Mon 30 Nov, 09:05', 'Mon 30 Nov 2026, 09:05:09', 'America/New_York (GMT-5)'],
    ['Asia/Tokyo', 'Mon 30 Nov', '23:00', 'Mon 30 Nov, 23:05', 'Mon 30 Nov 2026, 23:05:09', 'Asia/Tokyo (GMT+9)'],
    ['Pacific/Auckland', 'Tue 1 Dec', '03:00', 'Tue 1 Dec, 03:05', 'Tue 1 Dec 2026, 03:05:09', 'Pacific/Auckland (GMT+13)'],
  ])('%s', (zone, day, hour, dayHour, instant, label) => {
    const format = timeFormat(zone, at);
    expect(format.day(at)).toBe(day);
    expect(format.hour(new Date('2026-11-30T14:00:00Z'))).toBe(hour);
    expect(format.dayHour(at)).toBe(dayHour);
    expect(format.instant(at)).toBe(instant);
    expect(format.zoneLabel).toBe(label);
  });

  it('falls back to UTC for a zone the runtime does not know', () => {
    expect(timeFormat('Mars/Olympus_Mons', at).timeZone).toBe('UTC');
  });
});
