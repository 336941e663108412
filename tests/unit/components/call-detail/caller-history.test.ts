import { describe, expect, it } from 'vitest';
import { identifiesCaller } from '@/components/call-detail/caller-history';
import type { CallSummary } from '@/components/calls/call-record';

describe('identifiesCaller', () => {
  it.each<[string, CallSummary['outcome'], boolean]>([
    ['+18003569377', 'OK', true],
    ['+442079460000', 'NO_WORDS', true],
    ['+18003569377', 'ERROR', true],
    ['anonymous', 'NO_USABLE_NUMBER', false],
    ['+12345678', 'NO_USABLE_NUMBER', false],
    ['12345', 'ERROR', false],
    ['+0123456789', 'ERROR', false],
    ['+1 800 356 9377', 'ERROR', false],
    ['', 'ERROR', false],
    ['+1234567890123456', 'ERROR', false],
  ])('%j (%s) -> %s', (callerNumber, outcome, expected) => {
    expect(identifiesCaller({ callerNumber, outcome })).toBe(expected);
  });
});
