import { callIncrements } from '@/amplify/functions/vanity-lookup/tally-transaction';
import type { CallOutcome } from '@/components/calls/call-filters';

/** Calls counted by outcome, and how many callers heard at least one vanity number. */
export interface OutcomeCounts {
  total: number;
  ok: number;
  noWords: number;
  noUsableNumber: number;
  error: number;
  heard: number;
}

/** One CallCount row: the calls of the UTC hour or day starting at `slot`. */
export interface CountRow extends OutcomeCounts {
  slot: string;
}

/** A span of time the chart shows as one bar. */
export interface Span {
  start: Date;
  end: Date;
}

/** One bar: its span, the calls it shows (`count`, narrowed to the outcome filter) and every counter. */
export interface CountBucket extends Span {
  count: number;
  counts: OutcomeCounts;
}

/** The counter of each outcome in OutcomeCounts. */
export const OUTCOME_COUNT: Readonly<Record<CallOutcome, keyof OutcomeCounts>> = {
  OK: 'ok',
  NO_WORDS: 'noWords',
  NO_USABLE_NUMBER: 'noUsableNumber',
  ERROR: 'error',
};

const FIELDS: readonly (keyof OutcomeCounts)[] = ['total', 'ok', 'noWords', 'noUsableNumber', 'error', 'heard'];

export function emptyCounts(): OutcomeCounts {
  return { total: 0, ok: 0, noWords: 0, noUsableNumber: 0, error: 0, heard: 0 };
}

/** Adds `more` into `into` (mutates, for linear passes). */
export function addCounts(into: OutcomeCounts, more: OutcomeCounts): OutcomeCounts {
  for (const field of FIELDS) into[field] += more[field];
  return into;
}

/** What one call adds to the counters: the same increments the server's tally adds. */
export function countsOfCall(call: { outcome: CallOutcome; spokenCount: number }): OutcomeCounts {
  const increments = callIncrements(call);
  const counts = emptyCounts();
  for (const field of FIELDS) counts[field] = increments[field] ?? 0;
  return counts;
}

/** The calls a bar or a total shows: all of them, or those of the chosen outcome. */
export function shownCount(counts: OutcomeCounts, outcome: CallOutcome | ''): number {
  return outcome === '' ? counts.total : counts[OUTCOME_COUNT[outcome]];
}

/**
 * Adds rows into consecutive, sorted spans in one pass over both (rows sorted once by slot):
 * O(rows log rows + spans), never rows x spans. A row belongs to the span its slot starts in.
 */
export function bucketCountRows(rows: readonly CountRow[], spans: readonly Span[], outcome: CallOutcome | '' = ''): CountBucket[] {
  const buckets: CountBucket[] = spans.map((span) => ({ start: span.start, end: span.end, count: 0, counts: emptyCounts() }));
  const sorted = rows.map((row) => ({ at: Date.parse(row.slot), row })).sort((a, b) => a.at - b.at);
  let index = 0;
  for (const { at, row } of sorted) {
    while (index < buckets.length && at >= (buckets[index]?.end.getTime() ?? Infinity)) index += 1;
    const bucket = buckets[index];
    if (bucket === undefined) break;
    if (at < bucket.start.getTime()) continue;
    addCounts(bucket.counts, row);
  }
  for (const bucket of buckets) bucket.count = shownCount(bucket.counts, outcome);
  return buckets;
}

/** The counters summed over every bucket: the totals for the chosen range. */
export function totalOf(buckets: readonly { counts: OutcomeCounts }[]): OutcomeCounts {
  return buckets.reduce((sum, bucket) => addCounts(sum, bucket.counts), emptyCounts());
}
