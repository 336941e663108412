import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, InvalidPhoneNumberError, type InvalidPhoneNumberReason } from '../../../amplify/engine';
import { parseNumber } from '../../../amplify/engine/parse';

describe('parseNumber accepts the ways people write numbers', () => {
  it.each([
    ['+18003569377', undefined, '+18003569377'],
    ['18003569377', undefined, '+18003569377'],
    ['1-800-356-9377', undefined, '+18003569377'],
    ['(800) 356-9377', undefined, '+18003569377'],
    ['800.356.9377', undefined, '+18003569377'],
    [' +1 800 356 9377 ', undefined, '+18003569377'],
    ['800\u2013356\u2013\u00a09377', undefined, '+18003569377'],
    ['800/356 93 77', undefined, '+18003569377'],
    ['+1 555 555 0100', undefined, '+15555550100'],
    ['+44 20 7946 0958', undefined, '+442079460958'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['+49 30 1234567', undefined, '+49301234567'],
    ['+33 1 23 45 67 89', undefined, '+33123456789'],
    ['+61 2 9374 4000', undefined, '+61293744000'],
    ['+91 98765 43210', undefined, '+919876543210'],
    ['+86 138 1234 5678', undefined, '+8613812345678'],
  ])('%s (default %s) is %s', (input, country, e164) => {
    expect(parseNumber(input, country).e164).toBe(e164);
  });
});

describe('parseNumber splits prefix and subscriber the way vanity numbers are written', () => {
  it.each([
    ['+18003569377', '1', ['800'], '3569377', true],
    ['+12125550100', '1', ['212'], '5550100', true],
    ['+442079460958', '44', ['20'], '79460958', false],
    ['+447700900123', '44', ['7700'], '900123', false],
    ['+61293744000', '61', ['2'], '93744000', false],
    ['+8613812345678', '86', ['138'], '12345678', false],
    // libphonenumber has no format for this possible-but-unassigned length: the first three digits stay.
    ['+44207946095', '44', ['207'], '946095', false],
  ])('%s: code %s, prefix %j, subscriber %s', (input, callingCode, prefixGroups, subscriber, nanp) => {
    expect(parseNumber(input)).toMatchObject({ callingCode, prefixGroups, subscriber, nanp });
  });
});

function thrownBy(input: string): InvalidPhoneNumberError {
  try {
    generateVanityNumbers(input);
  } catch (error) {
    if (error instanceof InvalidPhoneNumberError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
}

describe('invalid input is rejected with a reason and a message that says what is wrong', () => {
  it.each<[string, InvalidPhoneNumberReason, RegExp]>([
    ['', 'empty', /empty/],
    ['   ', 'empty', /empty/],
    ['1-800-FLOWERS', 'contains-letters', /contains letters/],
    ['call me', 'contains-letters', /contains letters/],
    ['+1 800 356 9377 #2', 'not-a-number', /not a phone number/],
    ['800_356_9377', 'not-a-number', /not a phone number/],
    ['123', 'too-short', /too short/],
    ['+44 12', 'too-short', /too short for \+44/],
    ['+1 800 356 93771', 'too-long', /too long for \+1/],
    ['+999 12345678', 'unknown-country', /country calling code/],
    ['++', 'not-a-number', /not a phone number/],
  ])('%j -> %s', (input, reason, message) => {
    const error = thrownBy(input);
    expect(error.reason).toBe(reason);
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
  });

  it('rejects an unknown default country as a programming error, not a bad number', () => {
    expect(() => generateVanityNumbers('8003569377', { defaultCountry: 'ZZ' })).toThrow(RangeError);
  });
});
