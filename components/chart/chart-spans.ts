import { nextZonedDayStart, zonedDayStartOf } from '@/components/calls/time-zone';
import type { Span } from './count-rows';

/** How finely the chart counts calls. */
export type Granularity = 'hour' | 'day';

const HOUR_MS = 3_600_000;
/** A year of days, or 62 days of hours: enough for any chart, bounded for a hand-typed URL. */
const MAX_SPANS = 24 * 62;

/**
 * The bars of a chart over [from, to) in a time zone. Hours are UTC hours, the server's rows (in a
 * zone offset by a whole number of hours they are its local hours too). Days are the zone's days,
 * from its midnight to its next (in a zone offset by a half or quarter hour, midnight falls inside a
 * UTC hour: the server's quarter-hour rows count those days exactly).
 */
export function chartSpans(from: Date, to: Date, unit: Granularity, timeZone: string): Span[] {
  if (!(from < to)) return [];
  const spans: Span[] = [];
  const floorHour = (at: number) => Math.floor(at / HOUR_MS) * HOUR_MS;
  if (unit === 'hour') {
    for (let start = floorHour(from.getTime()); start < to.getTime() && spans.length < MAX_SPANS; start += HOUR_MS) {
      spans.push({ start: new Date(start), end: new Date(start + HOUR_MS) });
    }
    return spans;
  }
  for (let day = zonedDayStartOf(from.getTime(), timeZone); day < to.getTime() && spans.length < MAX_SPANS; ) {
    const next = nextZonedDayStart(day, timeZone);
    spans.push({ start: new Date(day), end: new Date(next) });
    day = next;
  }
  return spans;
}

/** True when every bar is a whole UTC day, so the server's DAY rows answer it (else its HOUR rows, summed). */
export function spansAreUtcDays(spans: readonly Span[]): boolean {
  return spans.every((span) => span.start.getTime() % (24 * HOUR_MS) === 0 && span.end.getTime() - span.start.getTime() === 24 * HOUR_MS);
}
