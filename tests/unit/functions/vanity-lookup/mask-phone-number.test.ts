import { describe, expect, it } from 'vitest';
import { maskPhoneNumber } from '../../../../amplify/functions/vanity-lookup/mask-phone-number';

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
