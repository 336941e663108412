import { describe, expect, it } from 'vitest';
import {
  createdAtCondition,
  filtersToSearch,
  matchesFilters,
  parseFilters,
  type CallFilters,
} from '@/components/calls/call-filters';

const none: CallFilters = { caller: '', word: '', outcome: '', from: '', to: '' };
const call = {
  callerNumber: '+18003569377',
  vanityNumbers: ['1-800-FLOWERS', '1-800-GOT-JUNK', null],
  outcome: 'OK' as const,
  createdAt: new Date(2026, 10, 24, 12, 30).toISOString(),
};

describe('parseFilters', () => {
  it.each([
    ['caller=356&word=flowers', { ...none, caller: '356', word: 'flowers' }],
    ['from=2026-11-01&to=2026-11-24', { ...none, from: '2026-11-01', to: '2026-11-24' }],
    ['from=2026-02-30&to=yesterday', none],
    ['caller=%20%2B1%20800%20', { ...none, caller: '+1 800' }],
    ['', none],
  ])('%s', (search, expected) => {
    expect(parseFilters(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('filtersToSearch', () => {
  it.each<[CallFilters, string]>([
    [none, ''],
    [{ ...none, word: 'junk' }, '?word=junk'],
    [{ caller: '+1 800', word: '', outcome: '', from: '2026-11-01', to: '' }, '?caller=%2B1+800&from=2026-11-01'],
    [{ ...none, outcome: 'NO_WORDS' }, '?outcome=NO_WORDS'],
  ])('%j -> %s', (filters, expected) => {
    expect(filtersToSearch(filters)).toBe(expected);
    expect(parseFilters(new URLSearchParams(expected))).toEqual(filters);
  });
});

describe('matchesFilters', () => {
  it.each([
    ['no filters', none, true],
    ['caller digits in any punctuation', { ...none, caller: '(356) 93' }, true],
    ['caller with country code', { ...none, caller: '+1 800' }, true],
    ['other caller', { ...none, caller: '555' }, false],
    ['word, any case', { ...none, word: 'flowers' }, true],
    ['word across a hyphen', { ...none, word: 'gotjunk' }, true],
    ['absent word', { ...none, word: 'pizza' }, false],
    ['part of a word is not a word', { ...none, word: 'flow' }, false],
    ['the outcome', { ...none, outcome: 'OK' as const }, true],
    ['another outcome', { ...none, outcome: 'ERROR' as const }, false],
    ['a whole number is the exact caller', { ...none, caller: '+1 800 356 9377' }, true],
    ['a whole number is not a part of another', { ...none, caller: '+1 800 356 937' }, false],
    ['inside the day range', { ...none, from: '2026-11-24', to: '2026-11-24' }, true],
    ['before the range', { ...none, from: '2026-11-25' }, false],
    ['after the range', { ...none, to: '2026-11-23' }, false],
    ['all together', { caller: '9377', word: 'junk', outcome: 'OK' as const, from: '2026-11-01', to: '2026-11-30' }, true],
  ])('%s', (_name, filters, expected) => {
    expect(matchesFilters(call, filters)).toBe(expected);
  });

  it('matches a withheld caller by text', () => {
    expect(matchesFilters({ ...call, callerNumber: 'anonymous' }, { ...none, caller: 'Anon' })).toBe(true);
  });
});

describe('server-side query parts', () => {
  it.each([
    [none, undefined],
    [{ ...none, from: '2026-11-24' }, { ge: new Date(2026, 10, 24).toISOString() }],
    [{ ...none, to: '2026-11-24' }, { le: new Date(2026, 10, 25, 0, 0, 0, -1).toISOString() }],
    [
      { ...none, from: '2026-11-01', to: '2026-11-24' },
      { between: [new Date(2026, 10, 1).toISOString(), new Date(2026, 10, 25, 0, 0, 0, -1).toISOString()] },
    ],
    [
      { ...none, from: '2026-11-24', to: '2026-11-01' },
      { between: [new Date(2026, 10, 1).toISOString(), new Date(2026, 10, 25, 0, 0, 0, -1).toISOString()] },
    ],
  ])('createdAt condition for %j', (filters, expected) => {
    expect(createdAtCondition(filters)).toEqual(expected);
  });

  it('dates in a chosen time zone', () => {
    expect(createdAtCondition({ ...none, from: '2026-11-24', to: '2026-11-24' }, 'Asia/Tokyo')).toEqual({
      between: ['2026-11-23T15:00:00.000Z', '2026-11-24T14:59:59.999Z'],
    });
  });
});
