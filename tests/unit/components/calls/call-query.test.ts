import { describe, expect, it } from 'vitest';
import type { CallFilters } from '@/components/calls/call-filters';
import { planCallQuery } from '@/components/calls/call-query';

const none: CallFilters = { caller: '', word: '', outcome: '', from: '', to: '' };
const TZ = 'UTC';

describe('planCallQuery', () => {
  it.each([
    ['no filter: newest first', none, { index: 'date', createdAt: undefined }],
    ['a word: its rows, newest first', { ...none, word: 'Got-Junk' }, { index: 'word', word: 'GOTJUNK', at: undefined }],
    [
      'a word on a day: the day as a key condition that keeps its last call',
      { ...none, word: 'news', from: '2026-11-24', to: '2026-11-24' },
      { index: 'word', word: 'NEWS', at: { between: ['2026-11-24T00:00:00.000Z', '2026-11-24T23:59:59.999Z~'] } },
    ],
    [
      'a word, an outcome and part of a number: the word is the key, the rest a filter',
      { ...none, word: 'news', outcome: 'OK', caller: '356' },
      { index: 'word', word: 'NEWS', at: undefined, filter: { callerNumber: { contains: '356' }, outcome: { eq: 'OK' } } },
    ],
    ['a whole number: the caller index', { ...none, caller: '+1 (800) 356-9377' }, { index: 'caller', callerNumber: '+18003569377', createdAt: undefined }],
    ['withheld callers: the caller index', { ...none, caller: 'Anonymous' }, { index: 'caller', callerNumber: 'anonymous', createdAt: undefined }],
    [
      'a whole number and an outcome',
      { ...none, caller: '+18003569377', outcome: 'NO_WORDS' },
      { index: 'caller', callerNumber: '+18003569377', createdAt: undefined, filter: { outcome: { eq: 'NO_WORDS' } } },
    ],
    [
      'an outcome from a day on: the outcome index',
      { ...none, outcome: 'ERROR', from: '2026-11-24' },
      { index: 'outcome', outcome: 'ERROR', createdAt: { ge: '2026-11-24T00:00:00.000Z' } },
    ],
    ['part of a number: newest first, filtered', { ...none, caller: '800 356' }, { index: 'date', createdAt: undefined, filter: { callerNumber: { contains: '800356' } } }],
    ['a letterless word is no word filter', { ...none, word: '1800' }, { index: 'date', createdAt: undefined }],
  ] as const)('%s', (_name, filters, query) => {
    expect(planCallQuery(filters as CallFilters, TZ)).toEqual(query);
  });
});
