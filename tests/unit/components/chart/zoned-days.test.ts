import { describe, expect, it } from 'vitest';
import { COUNT_GRANULARITIES } from '@/amplify/functions/vanity-lookup/count-slots';
import { chartSpans } from '@/components/chart/chart-spans';
import { bucketCountRows, emptyCounts, type CountRow } from '@/components/chart/count-rows';
import { granularityFor } from '@/components/chart/fetch-call-counts';
import { seedCalls } from '@/local/seed/seed-calls';
import { CountTotals } from '@/local/seed/seed-items';

const NOW = new Date('2026-11-30T00:00:00.000Z');
const calls = [...seedCalls({ calls: 3000, days: 10, now: NOW, seed: 11 })];

/** The CallCount rows the server would hold for these calls: what each call's tally ADDs, summed per row. */
function serverRows(): Map<string, CountRow[]> {
  const totals = new CountTotals();
  for (const call of calls) totals.add(call);
  const rows = new Map<string, CountRow[]>(COUNT_GRANULARITIES.map((granularity) => [granularity, []]));
  for (const update of totals.updates('CallCount-x', NOW.toISOString())) {
    const row: CountRow = { ...emptyCounts(), slot: String(update.Key.slot.S) };
    for (const [key, name] of Object.entries(update.ExpressionAttributeNames)) {
      const value = update.ExpressionAttributeValues[`:${key.slice(1)}`]?.N;
      if (key.startsWith('#c') && value !== undefined && name in row) row[name as keyof typeof row] = Number(value) as never;
    }
    rows.get(String(update.Key.granularity.S))?.push(row);
  }
  return rows;
}

/** Each call's local date in the zone, counted one by one: the truth the bars must show. */
function callsPerLocalDay(zone: string): Map<string, number> {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const days = new Map<string, number>();
  for (const call of calls) {
    const day = date.format(new Date(call.createdAt));
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

describe('days in a time zone, from the server rows', () => {
  const rows = serverRows();
  it.each(['Asia/Kolkata', 'Australia/Adelaide', 'Asia/Kathmandu', 'America/St_Johns', 'Europe/London', 'UTC'])('%s: every day counts exactly the calls of its local date', (zone) => {
    const spans = chartSpans(new Date('2026-11-21T00:00:00Z'), new Date('2026-11-29T00:00:00Z'), 'day', zone);
    const granularity = granularityFor(spans, 'day');
    const buckets = bucketCountRows(rows.get(granularity) ?? [], spans);
    const truth = callsPerLocalDay(zone);
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    const shown = buckets.map((bucket) => [date.format(bucket.start), bucket.count]);
    expect(shown).toEqual(buckets.map((bucket) => [date.format(bucket.start), truth.get(date.format(bucket.start)) ?? 0]));
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBeGreaterThan(1500);
  });
});
