import { describe, expect, it } from 'vitest';
import { bucketCalls, describeBuckets } from '@/components/chart/bucket-calls';
import { chartWindow } from '@/components/chart/chart-window';

const local = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m);

describe('bucketCalls', () => {
  it.each([
    [
      'per hour, with gaps kept',
      [local(24, 9, 5), local(24, 9, 59), local(24, 11, 0)],
      local(24, 9, 30),
      local(24, 12, 0),
      'hour' as const,
      [2, 0, 1],
    ],
    ['per day', [local(22, 23), local(23, 1), local(23, 2)], local(22, 12), local(24, 12), 'day' as const, [1, 2, 0]],
    ['outside the window is ignored', [local(20, 1), local(25, 1)], local(24, 0), local(24, 2), 'hour' as const, [0, 0]],
    ['an empty window', [local(24, 1)], local(24, 2), local(24, 2), 'hour' as const, []],
  ])('%s', (_name, times, from, to, unit, counts) => {
    const buckets = bucketCalls(times.map((t) => t.toISOString()), from, to, unit);
    expect(buckets.map((b) => b.count)).toEqual(counts);
  });

  it('ignores unparseable times', () => {
    expect(bucketCalls(['garbage'], local(24, 0), local(24, 1), 'hour').map((b) => b.count)).toEqual([0]);
  });
});

describe('describeBuckets', () => {
  it('names the total and the busiest bucket', () => {
    const buckets = bucketCalls([local(24, 9), local(24, 10), local(24, 10, 30)].map((t) => t.toISOString()), local(24, 9), local(24, 11), 'hour');
    expect(describeBuckets(buckets, 'hour')).toMatch(/^3 calls over 2 hours; busiest hour: .*10:00 with 2\.$/);
  });
  it('says when there is nothing', () => {
    expect(describeBuckets([], 'day')).toBe('No calls in this period.');
  });
});

describe('chartWindow', () => {
  const none = { caller: '', word: '', outcome: '' as const, from: '', to: '' };
  const now = local(24, 15, 20);
  it.each([
    ['last 24 hours (24 hourly buckets)', none, 'hour' as const, local(23, 16, 20), now],
    ['last 14 days', none, 'day' as const, local(11, 15, 20), now],
    ['the filtered days', { ...none, from: '2026-11-01', to: '2026-11-02' }, 'day' as const, local(1, 0), local(3, 0)],
    ['an open end stops now', { ...none, from: '2026-11-20' }, 'hour' as const, local(20, 0), now],
  ])('%s', (_name, filters, unit, from, to) => {
    expect(chartWindow(filters, unit, now)).toEqual({ from, to });
  });

  it.each([
    ['hour' as const, 24],
    ['day' as const, 14],
  ])('the default %s window has %i buckets', (unit, count) => {
    const { from, to } = chartWindow(none, unit, now);
    expect(bucketCalls([], from, to, unit)).toHaveLength(count);
  });
});
