import { browserTimeZone } from '@/components/calls/time-zone';
import type { CallOutcome } from '@/components/calls/call-filters';
import { chartSpans, type Granularity } from './chart-spans';
import { addCounts, countsOfCall, emptyCounts, shownCount, type CountBucket } from './count-rows';

export type { Granularity } from './chart-spans';

/** One bar of the chart: the calls that started in [start, end). */
export interface CallBucket {
  start: Date;
  end: Date;
  count: number;
}

/** A call as the chart counts it when it must count calls itself (a caller or word filter). */
export interface CountedCall {
  createdAt: string;
  outcome: CallOutcome;
  spokenCount: number;
}

/**
 * Counts calls per bar in one pass (calls sorted once, then walked with the bars): O(n log n + bars),
 * never calls x bars. Times outside the bars or unparseable are ignored.
 */
export function bucketCountedCalls(calls: readonly CountedCall[], spans: readonly { start: Date; end: Date }[], outcome: CallOutcome | '' = ''): CountBucket[] {
  const buckets: CountBucket[] = spans.map((span) => ({ start: span.start, end: span.end, count: 0, counts: emptyCounts() }));
  const sorted = calls
    .map((call) => ({ at: Date.parse(call.createdAt), call }))
    .filter((entry) => !Number.isNaN(entry.at))
    .sort((a, b) => a.at - b.at);
  let index = 0;
  for (const { at, call } of sorted) {
    while (index < buckets.length && at >= (buckets[index]?.end.getTime() ?? Infinity)) index += 1;
    const bucket = buckets[index];
    if (bucket === undefined) break;
    if (at >= bucket.start.getTime()) addCounts(bucket.counts, countsOfCall(call));
  }
  for (const bucket of buckets) bucket.count = shownCount(bucket.counts, outcome);
  return buckets;
}

/** Counts call times per hour or day between `from` and `to`, with empty buckets kept so gaps show. */
export function bucketCalls(times: readonly string[], from: Date, to: Date, unit: Granularity, timeZone: string = browserTimeZone()): CallBucket[] {
  const calls = times.map((createdAt) => ({ createdAt, outcome: 'OK' as const, spokenCount: 0 }));
  return bucketCountedCalls(calls, chartSpans(from, to, unit, timeZone)).map(({ start, end, count }) => ({ start, end, count }));
}

/** A one-sentence text equivalent of the chart for screen readers and people who prefer words. */
export function describeBuckets(buckets: readonly CallBucket[], unit: Granularity): string {
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  if (buckets.length === 0 || total === 0) return 'No calls in this period.';
  const busiest = buckets.reduce((best, b) => (b.count > best.count ? b : best));
  const when = busiest.start.toLocaleString('en-GB', unit === 'hour'
    ? { weekday: 'short', hour: '2-digit', minute: '2-digit' }
    : { weekday: 'short', day: 'numeric', month: 'short' });
  const per = unit === 'hour' ? 'hour' : 'day';
  return `${total} ${total === 1 ? 'call' : 'calls'} over ${buckets.length} ${per}s; busiest ${per}: ${when} with ${busiest.count}.`;
}
