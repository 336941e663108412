import { describe, expect, it } from 'vitest';
import { mergeCall, vanityNumbersOf } from '@/components/calls/call-record';

const at = (contactId: string, createdAt: string) => ({ contactId, createdAt });

describe('mergeCall', () => {
  it.each([
    ['newest goes first', [at('b', '2026-01-02'), at('a', '2026-01-01')], at('c', '2026-01-03'), ['c', 'b', 'a']],
    ['older page rows go last', [at('c', '2026-01-03')], at('a', '2026-01-01'), ['c', 'a']],
    ['middle', [at('c', '2026-01-03'), at('a', '2026-01-01')], at('b', '2026-01-02'), ['c', 'b', 'a']],
    ['same contact replaces', [at('b', '2026-01-02'), at('a', '2026-01-01')], at('a', '2026-01-01'), ['b', 'a']],
    ['into nothing', [], at('a', '2026-01-01'), ['a']],
  ])('%s', (_name, calls, call, expected) => {
    expect(mergeCall(calls, call).map((c) => c.contactId)).toEqual(expected);
  });
});

describe('vanityNumbersOf', () => {
  it('drops nulls and empty strings', () => {
    expect(vanityNumbersOf({ vanityNumbers: ['1-800-FLOWERS', null, '', '1-800-GOT-JUNK'] })).toEqual([
      '1-800-FLOWERS',
      '1-800-GOT-JUNK',
    ]);
  });
});
