import { createdAtRange, type CallFilters } from '@/components/calls/call-filters';
import type { Granularity } from './chart-spans';

const HOUR_MS = 3600 * 1000;
/**
 * Without a date filter the chart shows the last 24 hours or 14 days, counting the current one:
 * buckets start on whole hours or days, so the window reaches back one unit less.
 */
const DEFAULT_SPAN_MS: Record<Granularity, number> = { hour: 23 * HOUR_MS, day: 13 * 24 * HOUR_MS };

/** The period the chart covers: the date filters where set, else a recent window ending now. */
export function chartWindow(filters: CallFilters, unit: Granularity, now: Date, timeZone?: string): { from: Date; to: Date } {
  const range = createdAtRange(filters, timeZone);
  const to = range.to === null ? now : new Date(Math.min(new Date(range.to).getTime() + 1, now.getTime()));
  const from = range.from === null ? new Date(to.getTime() - DEFAULT_SPAN_MS[unit]) : new Date(range.from);
  return { from, to: to < from ? from : to };
}
