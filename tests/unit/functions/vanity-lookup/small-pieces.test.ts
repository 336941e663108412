import { describe, expect, it } from 'vitest';
import { maskPhoneNumber } from '../../../../amplify/functions/vanity-lookup/mask-phone-number';
import { readRuntimeConfig } from '../../../../amplify/functions/vanity-lookup/runtime-config';
import { toSpokenVanityNumber } from '../../../../amplify/functions/vanity-lookup/spoken-vanity-number';
import { toFlowResult } from '../../../../amplify/functions/vanity-lookup/flow-result';
import { RESULT_KEYS } from '../../../../amplify/functions/vanity-lookup/contract';
import { candidate } from './fixtures';

describe('maskPhoneNumber', () => {
  it.each([
    ['+18003569377', '+1800***9377'],
    ['+442079460000', '+4420***0000'],
    ['5550100', '5***00'],
    ['1234', '***'],
    ['', '(none)'],
    [undefined, '(none)'],
  ])('%s -> %s', (input, masked) => {
    expect(maskPhoneNumber(input)).toBe(masked);
  });
});

describe('toSpokenVanityNumber', () => {
  it.each([
    ['1-800-FLOWERS', { text: '1-800-FLOWERS', digits: '1800', words: 'flowers', spelled: 'FLOWERS' }],
    ['1-800-GOT-JUNK', { text: '1-800-GOT-JUNK', digits: '1800', words: 'got-junk', spelled: 'GOTJUNK' }],
    ['1-800-FLOWER-7', { text: '1-800-FLOWER-7', digits: '1800', words: 'flower', spelled: 'FLOWER7' }],
    ['+44-20-SWIM-0000', { text: '44-20-SWIM-0000', digits: '4420', words: 'swim', spelled: 'SWIM0000' }],
    ['1-800-356-9377', undefined],
  ])('%s', (text, spoken) => {
    expect(toSpokenVanityNumber(candidate(text))).toEqual(spoken);
  });
});

describe('toFlowResult', () => {
  it('fills every key, leaves unused slots empty and counts the filled ones', () => {
    const result = toFlowResult('OK', [{ text: 'A', digits: '1', words: 'a', spelled: 'A' }]);
    expect(Object.keys(result)).toEqual([...RESULT_KEYS]);
    expect(result).toMatchObject({ status: 'OK', count: '1', vanity1: 'A', vanity2: '', vanity3Spelled: '' });
  });

  it('never speaks more than three', () => {
    const four = ['A', 'B', 'C', 'D'].map((text) => ({ text, digits: '1', words: text, spelled: text }));
    expect(toFlowResult('OK', four)).toMatchObject({ count: '3', vanity3: 'C' });
  });
});

describe('readRuntimeConfig', () => {
  it('reads the retention period', () => {
    expect(readRuntimeConfig({ CALL_RETENTION_DAYS: '30' })).toEqual({ retentionDays: 30 });
  });

  it.each([undefined, '', '0', '-1', 'x', '1.5'])('rejects %j', (raw) => {
    expect(() => readRuntimeConfig({ CALL_RETENTION_DAYS: raw })).toThrow(/CALL_RETENTION_DAYS/);
  });
});
