import type { TimeFormat } from '@/components/time/time-format';

/** What the summary needs of a bar: when it starts and how many calls it counts. */
export interface CountedPeriod {
  start: Date;
  count: number;
}

/** How one bar is named in the axis, the summary and the table: the same format in all three. */
export function periodLabel(start: Date, unit: 'hour' | 'day', format: TimeFormat): string {
  return unit === 'hour' ? format.dayHour(start) : format.day(start);
}

/** A one-sentence text equivalent of the chart for screen readers and people who prefer words. */
export function describeVolume(periods: readonly CountedPeriod[], unit: 'hour' | 'day', format: TimeFormat): string {
  let total = 0;
  let busiest: CountedPeriod | undefined;
  for (const period of periods) {
    total += period.count;
    if (busiest === undefined || period.count > busiest.count) busiest = period;
  }
  if (busiest === undefined || total === 0) return 'No calls in this period.';
  const calls = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'call' : 'calls'}`;
  return `${calls(total)} over ${periods.length} ${unit}${periods.length === 1 ? '' : 's'}; busiest ${unit}: ${periodLabel(busiest.start, unit, format)} with ${busiest.count.toLocaleString('en-GB')}.`;
}
