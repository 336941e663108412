import { describe, expect, it } from 'vitest';
import { maskPhoneNumber, redactPhoneNumbers } from '../../../../amplify/functions/vanity-lookup/mask-phone-number';

describe('maskPhoneNumber', () => {
  it.each([
    ['+18003569377', '+1***77'],
    ['+442079460000', '+4***00'],
    ['18003569377', '***77'],
    ['8003569377', '***77'],
    ['(800) 356-9377', '***77'],
    ['5550100', '***00'],
    ['anonymous', 'an***us'],
    ['+1 555', '***'],
    ['1234', '***'],
    ['', '(none)'],
    [undefined, '(none)'],
  ])('%s -> %s', (input, masked) => {
    expect(maskPhoneNumber(input)).toBe(masked);
  });
});

it('never leaves more than three digits of a number of seven or more', () => {
  for (const number of ['+18003569377', '+442079460000', '+61293744000', '8003569377', '+4930123456']) {
    expect(maskPhoneNumber(number).replace(/\D/g, '').length).toBeLessThanOrEqual(3);
  }
});

describe('redactPhoneNumbers', () => {
  it.each([
    ['Variable input has an invalid value: {callerNumber=+18003569377}', 'Variable input has an invalid value: {callerNumber=+1***77}'],
    ['"(800) 356-9377" is too short', '"(***77" is too short'],
    ['timeout after 2500 ms', 'timeout after 2500 ms'],
    ['no digits here', 'no digits here'],
  ])('%s', (input, output) => {
    expect(redactPhoneNumbers(input)).toBe(output);
  });
});
