import { describe, expect, it } from 'vitest';
import { DAY_STRIDES, HOUR_STRIDES, labelStride, niceTicks, roundStride } from '@/components/chart/chart-scale';

describe('niceTicks', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [10, [0, 5, 10]],
    [43_737, [0, 20_000, 40_000, 60_000]],
    [1_000_000, [0, 500_000, 1_000_000]],
    [Number.NaN, [0, 1]],
  ])('%d -> %j', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });
});

describe('labelStride', () => {
  it.each([
    [24, 600, 44, 2],
    [14, 600, 44, 2],
    [7, 600, 44, 1],
    [745, 300, 44, 110],
    [0, 600, 44, 1],
    [10, 0, 44, 1],
  ])('%d bars on %d px -> every %d', (bars, width, label, stride) => {
    expect(labelStride(bars, width, label)).toBe(stride);
  });
});

describe('roundStride', () => {
  it.each([
    [1, HOUR_STRIDES, 1],
    [5, HOUR_STRIDES, 6],
    [13, HOUR_STRIDES, 24],
    [110, HOUR_STRIDES, 168],
    [9000, HOUR_STRIDES, 9000],
    [3, DAY_STRIDES, 7],
  ])('%d -> %d', (needed, strides, stride) => {
    expect(roundStride(needed, strides)).toBe(stride);
  });
});
