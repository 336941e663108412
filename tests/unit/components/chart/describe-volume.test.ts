import { describe, expect, it } from 'vitest';
import { describeVolume, periodLabel } from '@/components/chart/describe-volume';
import { timeFormat } from '@/components/time/time-format';

const utc = timeFormat('UTC');
const hour = (h: number) => new Date(Date.UTC(2026, 10, 30, h));

describe('describeVolume', () => {
  it.each([
    ['no periods', [], 'hour' as const, 'No calls in this period.'],
    ['only empty periods', [{ start: hour(1), count: 0 }], 'hour' as const, 'No calls in this period.'],
    [
      'the busiest hour, first of equals',
      [{ start: hour(9), count: 2 }, { start: hour(10), count: 5 }, { start: hour(11), count: 5 }],
      'hour' as const,
      '12 calls over 3 hours; busiest hour: Mon 30 Nov, 10:00 with 5.',
    ],
    ['one call in a day', [{ start: hour(0), count: 1 }], 'day' as const, '1 call over 1 day; busiest day: Mon 30 Nov with 1.'],
    ['large counts grouped', [{ start: hour(0), count: 43_737 }], 'day' as const, '43,737 calls over 1 day; busiest day: Mon 30 Nov with 43,737.'],
  ])('%s', (_name, periods, unit, text) => {
    expect(describeVolume(periods, unit, utc)).toBe(text);
  });

  it('names periods in the chosen zone', () => {
    expect(periodLabel(hour(23), 'hour', timeFormat('Asia/Tokyo'))).toBe('Tue 1 Dec, 08:00');
    expect(periodLabel(hour(23), 'day', timeFormat('Asia/Tokyo'))).toBe('Tue 1 Dec');
  });
});
