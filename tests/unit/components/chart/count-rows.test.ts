import { describe, expect, it } from 'vitest';
import { bucketCountedCalls } from '@/components/chart/bucket-calls';
import { chartSpans, spansAreUtcDays } from '@/components/chart/chart-spans';
import { bucketCountRows, emptyCounts, totalOf, type CountRow } from '@/components/chart/count-rows';
import { granularityFor } from '@/components/chart/fetch-call-counts';

const at = (iso: string) => new Date(iso);
const row = (slot: string, total: number, ok = total, heard = ok): CountRow => ({ ...emptyCounts(), slot, total, ok, heard });

describe('chartSpans', () => {
  it.each([
    ['hours are UTC hours', at('2026-11-24T09:30:00Z'), at('2026-11-24T12:00:00Z'), 'hour', 'Europe/Paris', ['09:00', '10:00', '11:00']],
    ['days in Paris start at 23:00 UTC in winter', at('2026-11-24T12:00:00Z'), at('2026-11-26T12:00:00Z'), 'day', 'Europe/Paris', ['2026-11-23T23', '2026-11-24T23', '2026-11-25T23']],
    ['days in Kolkata start at local midnight, 18:30 UTC', at('2026-11-24T12:00:00Z'), at('2026-11-25T12:00:00Z'), 'day', 'Asia/Kolkata', ['2026-11-23T18:30', '2026-11-24T18:30']],
  ] as const)('%s', (_name, from, to, unit, zone, starts) => {
    const spans = chartSpans(from, to, unit, zone);
    expect(spans.map((span) => (unit === 'hour' ? span.start.toISOString().slice(11, 16) : span.start.toISOString().slice(0, span.start.getUTCMinutes() ? 16 : 13)))).toEqual(starts);
  });

  it.each([
    ['UTC', 'day', 'DAY'],
    ['UTC', 'hour', 'HOUR'],
    ['Europe/Paris', 'day', 'HOUR'],
    ['Asia/Kolkata', 'day', 'QUARTER'],
    ['Asia/Kolkata', 'hour', 'HOUR'],
    ['Asia/Kathmandu', 'day', 'QUARTER'],
  ] as const)('reads the rows that answer %s %ss exactly: %s', (zone, unit, granularity) => {
    const spans = chartSpans(at('2026-11-01T00:00:00Z'), at('2026-11-15T00:00:00Z'), unit, zone);
    expect([spansAreUtcDays(spans), granularityFor(spans, unit)]).toEqual([granularity === 'DAY', granularity]);
  });
});

describe('bucketCountRows', () => {
  const spans = chartSpans(at('2026-11-24T09:00:00Z'), at('2026-11-24T12:00:00Z'), 'hour', 'UTC');
  it('puts each row in the bar its slot starts in, in any order, and ignores rows outside', () => {
    const rows = [row('2026-11-24T11:00:00.000Z', 4), row('2026-11-24T08:00:00.000Z', 99), row('2026-11-24T09:00:00.000Z', 2), row('2026-11-24T12:00:00.000Z', 99)];
    expect(bucketCountRows(rows, spans).map((bucket) => bucket.count)).toEqual([2, 0, 4]);
  });

  it('sums hours into days, and shows one outcome when filtered', () => {
    const days = chartSpans(at('2026-11-24T00:00:00Z'), at('2026-11-26T00:00:00Z'), 'day', 'UTC');
    const rows = [row('2026-11-24T01:00:00.000Z', 3, 1), row('2026-11-24T23:00:00.000Z', 2, 2), row('2026-11-25T00:00:00.000Z', 5, 0)];
    const buckets = bucketCountRows(rows, days, 'OK');
    expect(buckets.map((bucket) => [bucket.count, bucket.counts.total])).toEqual([[3, 5], [0, 5]]);
    expect(totalOf(buckets)).toMatchObject({ total: 10, ok: 3, heard: 3 });
  });

  it('is linear: the most bars a chart has, with a row each, in well under a second', () => {
    const year = chartSpans(at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'), 'hour', 'UTC');
    expect(year).toHaveLength(24 * 62);
    const rows = year.map((span) => row(span.start.toISOString(), 1));
    const started = performance.now();
    expect(totalOf(bucketCountRows(rows, year)).total).toBe(year.length);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('bucketCountedCalls', () => {
  it('counts calls per bar by outcome, whatever their order', () => {
    const spans = chartSpans(at('2026-11-24T09:00:00Z'), at('2026-11-24T11:00:00Z'), 'hour', 'UTC');
    const calls = [
      { createdAt: '2026-11-24T10:59:59.999Z', outcome: 'OK' as const, spokenCount: 3 },
      { createdAt: '2026-11-24T09:00:00.000Z', outcome: 'NO_WORDS' as const, spokenCount: 0 },
      { createdAt: 'garbage', outcome: 'OK' as const, spokenCount: 3 },
      { createdAt: '2026-11-24T11:00:00.000Z', outcome: 'OK' as const, spokenCount: 3 },
    ];
    const buckets = bucketCountedCalls(calls, spans);
    expect(buckets.map((bucket) => [bucket.count, bucket.counts.ok, bucket.counts.noWords, bucket.counts.heard])).toEqual([[1, 0, 1, 0], [1, 1, 0, 1]]);
  });
});
