/** The value at `fraction` (0.5 = median, 0.99 = p99) of an ascending list, by the nearest-rank method; NaN when empty. */
export function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}
