import { describe, expect, it } from 'vitest';
import { percentile } from '../../../../local/bench/percentile';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it.each([
    [hundred, 0.5, 51],
    [hundred, 0.99, 100],
    [hundred, 0, 1],
    [hundred, 1, 100],
    [[7], 0.99, 7],
  ])('%#: fraction %f', (sorted, fraction, expected) => {
    expect(percentile(sorted, fraction)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});
