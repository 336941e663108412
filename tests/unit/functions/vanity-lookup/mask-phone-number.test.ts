import { describe, expect, it } from 'vitest';
import { maskPhoneNumber, redactPhoneNumbers } from '../../../../amplify/functions/vanity-lookup/mask-phone-number';

describe('maskPhoneNumber', () => {
  it.each([
    ['+18003569377', '+1800***9377'],
    ['+442079460000', '+4420***0000'],
    ['18003569377', '1800***9377'],
    ['8003569377', '80***77'],
    ['5550100', '55***00'],
    ['anonymous', 'an***us'],
    ['1234', '***'],
    ['', '(none)'],
    [undefined, '(none)'],
  ])('%s -> %s', (input, masked) => {
    expect(maskPhoneNumber(input)).toBe(masked);
  });
});

describe('redactPhoneNumbers', () => {
  it.each([
    ['Variable input has an invalid value: {callerNumber=+18003569377}', 'Variable input has an invalid value: {callerNumber=+1800***9377}'],
    ['"(800) 356-9377" is too short', '"(80***77" is too short'],
    ['timeout after 2500 ms', 'timeout after 2500 ms'],
    ['no digits here', 'no digits here'],
  ])('%s', (input, output) => {
    expect(redactPhoneNumbers(input)).toBe(output);
  });
});
