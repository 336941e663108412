import { describe, expect, it } from 'vitest';
import { formatShare } from '@/components/chart/share';

describe('formatShare', () => {
  it.each([
    [0, 0, '–'],
    [0, 10, '0%'],
    [1, 3, '33%'],
    [2, 3, '67%'],
    [10, 10, '100%'],
    [1, 1000, '<1%'],
    [10, 1000, '1%'],
  ])('%d of %d -> %s', (part, whole, text) => {
    expect(formatShare(part, whole)).toBe(text);
  });
});
