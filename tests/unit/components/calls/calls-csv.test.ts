import { describe, expect, it } from 'vitest';
import { callsToCsv, csvCell } from '@/components/calls/calls-csv';
import type { CallSummary } from '@/components/calls/call-record';
import { timeFormat } from '@/components/time/time-format';

describe('csvCell', () => {
  it.each<[string | number, string]>([
    ['plain', 'plain'],
    [3, '3'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['+18003569377', '+18003569377'],
    ['-5', '-5'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+cmd', "'+cmd"],
    ['-cmd', "'-cmd"],
    ['', ''],
  ])('%j -> %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('callsToCsv', () => {
  const call = (over: Partial<CallSummary>): CallSummary => ({
    contactId: 'c-1',
    callerNumber: '+18003569377',
    country: 'US',
    vanityNumbers: ['1-800-FLOWERS', null, '1-800-356-WORD'],
    spokenCount: 1,
    outcome: 'OK',
    createdAt: '2026-11-30T14:05:09.000Z',
    ...over,
  });

  it('writes a header and one line per call, times in UTC and in the zone shown', () => {
    const csv = callsToCsv([call({}), call({ contactId: 'c-2', callerNumber: 'anonymous', country: null, vanityNumbers: [], spokenCount: 0, outcome: 'NO_USABLE_NUMBER' })], timeFormat('Asia/Tokyo'));
    expect(csv.split('\r\n')).toEqual([
      'Contact id,Started (UTC),Started (Asia/Tokyo),Caller number,Country,Outcome,Heard vanity numbers,Numbers spoken,Vanity number 1,Vanity number 2,Vanity number 3,Vanity number 4,Vanity number 5',
      'c-1,2026-11-30T14:05:09.000Z,"Mon 30 Nov 2026, 23:05:09",+18003569377,US,Vanity numbers spoken,yes,1,1-800-FLOWERS,1-800-356-WORD,,,',
      'c-2,2026-11-30T14:05:09.000Z,"Mon 30 Nov 2026, 23:05:09",anonymous,,No usable number,no,0,,,,,',
      '',
    ]);
  });

  it('writes only the header when nothing matches', () => {
    expect(callsToCsv([], timeFormat('UTC')).split('\r\n')).toHaveLength(2);
  });
});
