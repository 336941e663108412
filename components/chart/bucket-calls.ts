/** How finely the chart counts calls. */
export type Granularity = 'hour' | 'day';

/** One bar of the chart: the calls that started in [start, end). */
export interface CallBucket {
  start: Date;
  end: Date;
  count: number;
}

const MAX_BUCKETS = 24 * 62;

function floorTo(date: Date, unit: Granularity): Date {
  const d = new Date(date);
  d.setMinutes(0, 0, 0);
  if (unit === 'day') d.setHours(0);
  return d;
}

function step(date: Date, unit: Granularity): Date {
  const d = new Date(date);
  if (unit === 'hour') d.setHours(d.getHours() + 1);
  else d.setDate(d.getDate() + 1);
  return d;
}

/**
 * Counts calls per local hour or day between `from` and `to`, with empty buckets kept so gaps show.
 * Times outside the window are ignored.
 */
export function bucketCalls(times: readonly string[], from: Date, to: Date, unit: Granularity): CallBucket[] {
  if (!(from < to)) return [];
  const buckets: CallBucket[] = [];
  for (let start = floorTo(from, unit); start < to && buckets.length < MAX_BUCKETS; ) {
    const end = step(start, unit);
    buckets.push({ start, end, count: 0 });
    start = end;
  }
  const first = buckets[0];
  if (first === undefined) return buckets;
  for (const time of times) {
    const at = new Date(time);
    if (Number.isNaN(at.getTime()) || at < first.start || at >= to) continue;
    const bucket = buckets.find((b) => at >= b.start && at < b.end);
    if (bucket) bucket.count += 1;
  }
  return buckets;
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
