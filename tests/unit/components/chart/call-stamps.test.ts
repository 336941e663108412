import { describe, expect, it } from 'vitest';
import { addCallStamp, type CallStamp } from '@/components/chart/call-stamps';

const stamp = (contactId: string, createdAt = '2026-11-24T12:00:00.000Z'): CallStamp => ({ contactId, createdAt });

describe('addCallStamp', () => {
  it.each([
    ['a new call is counted', [stamp('a')], stamp('b', '2026-11-24T12:05:00.000Z'), ['a', 'b']],
    ['two calls in the same millisecond both count', [stamp('a')], stamp('b'), ['a', 'b']],
    ['a call read and then received live counts once', [stamp('a'), stamp('b')], stamp('a'), ['a', 'b']],
    ['into nothing', [], stamp('a'), ['a']],
  ])('%s', (_name, stamps, added, expected) => {
    expect(addCallStamp(stamps, added).map((s) => s.contactId)).toEqual(expected);
  });
});
