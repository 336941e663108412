/**
 * The value axis: 0 up to a round number at or above `max`, in about `count` equal whole steps
 * (1, 2 or 5 times a power of ten), so a count of calls is never drawn against "2.5".
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = Math.max(1, max / count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks = [0];
  while ((ticks.at(-1) ?? 0) < max) ticks.push((ticks.at(-1) ?? 0) + step);
  return ticks;
}

/** Label every n-th bar so labels `labelWidth` wide never overlap on a plot `plotWidth` wide. */
export function labelStride(bars: number, plotWidth: number, labelWidth: number): number {
  if (bars <= 0 || plotWidth <= 0) return 1;
  return Math.max(1, Math.ceil((bars * labelWidth) / plotWidth));
}

/** Label strides that fall on whole hours of the clock (every 3 h, 6 h, midnight, a week of midnights). */
export const HOUR_STRIDES: readonly number[] = [1, 2, 3, 4, 6, 12, 24, 48, 72, 168, 336, 720, 1440, 2160, 4320, 8760];
/** Label strides for days: every day, every other day, weeks, then about months. */
export const DAY_STRIDES: readonly number[] = [1, 2, 7, 14, 28, 56, 91, 182, 365];

/** The first stride in `strides` at least `needed`, so labels land on round times; the last one past them all. */
export function roundStride(needed: number, strides: readonly number[]): number {
  return strides.find((stride) => stride >= needed) ?? Math.max(needed, strides.at(-1) ?? 1);
}
