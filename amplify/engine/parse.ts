import {
  isSupportedCountry,
  parsePhoneNumberWithError,
  ParseError,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/min';
import { InvalidPhoneNumberError, type InvalidPhoneNumberReason } from './errors';
import { readE164 } from './parse-e164';

/** A phone number split the way vanity numbers are written: prefix groups kept, subscriber turned into words. */
export interface ParsedNumber {
  e164: string;
  country?: string;
  callingCode: string;
  /** True for the North American Numbering Plan (+1), written "1-800-FLOWERS" without a plus. */
  nanp: boolean;
  /** Digit groups kept as digits after the country code: the area code, trunk or mobile prefix. */
  prefixGroups: string[];
  /** The digits that may become words. */
  subscriber: string;
  /** Lengths of the subscriber's national digit groups, used to group digits that stay digits. */
  subscriberGroupLengths: number[];
}

// Only what people write around a phone number, including the Unicode dashes that numbers copied from
// web pages carry; anything else is a mistake worth reporting.
const ALLOWED = /^\+?[\d\s\-.()/\u2010-\u2015\u2212]+$/;
const LETTER = /\p{L}/u;
const NANP_AREA_CODE_LENGTH = 3;
const UNFORMATTED_AREA_DIGITS = 3;
const MIN_SUBSCRIBER_DIGITS = 4;

/** Parses any written phone number, accepting numbers of a possible length even if not assigned. */
export function parseNumber(input: string, defaultCountry = 'US'): ParsedNumber {
  return parse(input, defaultCountry, true);
}

/** parseNumber without the E.164 fast path (see parse-e164.ts): the library's answer, which the fast path must give. */
export function parseNumberWithLibrary(input: string, defaultCountry = 'US'): ParsedNumber {
  return parse(input, defaultCountry, false);
}

function parse(input: string, defaultCountry: string, fast: boolean): ParsedNumber {
  if (!isSupportedCountry(defaultCountry)) {
    throw new RangeError(`defaultCountry "${defaultCountry}" is not a supported ISO 3166-1 alpha-2 country`);
  }
  const text = input.trim();
  if (text === '') fail(input, 'empty', 'empty input: give a phone number such as +18003569377');
  if (LETTER.test(text)) {
    fail(input, 'contains-letters', `"${input}" contains letters: give the number in digits (1-800-FLOWERS is 1-800-356-9377)`);
  }
  if (!ALLOWED.test(text)) {
    fail(input, 'not-a-number', `"${input}" is not a phone number: use digits, spaces, dashes, dots, parentheses and a leading +`);
  }
  const e164 = fast ? readE164(text) : undefined;
  if (e164) return split(e164.callingCode, e164.nationalNumber, e164.country, () => e164.international);
  const phone = parseOrFail(input, text, defaultCountry);
  if (!phone.isPossible()) {
    const problem = validatePhoneNumberLength(text, defaultCountry) ?? 'INVALID_LENGTH';
    const where = `+${phone.countryCallingCode}${phone.country ? ` (${phone.country})` : ''}`;
    if (problem === 'TOO_SHORT') fail(input, 'too-short', `"${input}" is too short for ${where}`);
    if (problem === 'TOO_LONG') fail(input, 'too-long', `"${input}" is too long for ${where}`);
    fail(input, 'invalid-length', `"${input}" has a number of digits that ${where} does not use`);
  }
  return split(String(phone.countryCallingCode), String(phone.nationalNumber), phone.country, () => phone.formatInternational());
}

function parseOrFail(input: string, text: string, defaultCountry: CountryCode): PhoneNumber {
  try {
    return parsePhoneNumberWithError(text, defaultCountry);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    if (error.message === 'INVALID_COUNTRY') {
      fail(input, 'unknown-country', `"${input}" does not start with a known country calling code`);
    }
    if (error.message === 'TOO_SHORT') fail(input, 'too-short', `"${input}" is too short to be a phone number`);
    if (error.message === 'TOO_LONG') fail(input, 'too-long', `"${input}" is too long to be a phone number`);
    fail(input, 'not-a-number', `"${input}" is not a phone number`);
  }
}

function split(callingCode: string, national: string, country: string | undefined, formatInternational: () => string): ParsedNumber {
  const parsed = layout(callingCode, national, formatInternational);
  // Set, not spread: the parse is on every number's path, and an object spread is its slowest step.
  if (country) parsed.country = country;
  return parsed;
}

function layout(callingCode: string, national: string, formatInternational: () => string): ParsedNumber {
  const e164 = `+${callingCode}${national}`;
  if (callingCode === '1') {
    const subscriber = national.slice(NANP_AREA_CODE_LENGTH);
    return {
      e164,
      callingCode,
      nanp: true,
      prefixGroups: [national.slice(0, NANP_AREA_CODE_LENGTH)],
      subscriber,
      subscriberGroupLengths: [3, subscriber.length - 3],
    };
  }
  // International format groups, e.g. "+44 20 7946 0958": the first group after the code is the area or mobile prefix.
  const groups = internationalGroups(formatInternational());
  const [prefix, ...rest] = groups;
  if (prefix === undefined || rest.length === 0 || groups.join('') !== national) {
    // No format for this number: keep the leading digits an area code most often has, as digits.
    const kept = Math.max(0, Math.min(UNFORMATTED_AREA_DIGITS, national.length - MIN_SUBSCRIBER_DIGITS));
    const subscriber = national.slice(kept);
    return {
      e164,
      callingCode,
      nanp: false,
      prefixGroups: kept > 0 ? [national.slice(0, kept)] : [],
      subscriber,
      subscriberGroupLengths: [subscriber.length],
    };
  }
  return {
    e164,
    callingCode,
    nanp: false,
    prefixGroups: [prefix],
    subscriber: rest.join(''),
    subscriberGroupLengths: rest.map((group) => group.length),
  };
}

/** The digit groups after the calling code of an international format: "+44 20 7946 0958" gives 20, 7946, 0958. */
function internationalGroups(formatted: string): string[] {
  // The library writes "+", digits and single spaces: there split(' ') answers as split(/\s+/) does, without
  // the cost of a split by regular expression (V8 builds a new sticky RegExp for each).
  if (PLAIN_INTERNATIONAL.test(formatted)) return formatted.split(' ').slice(1);
  return formatted
    .split(/\s+/)
    .slice(1)
    .map((group) => group.replace(/\D/g, ''))
    .filter((group) => group !== '');
}

const PLAIN_INTERNATIONAL = /^\+\d+(?: \d+)*$/;

function fail(input: string, reason: InvalidPhoneNumberReason, message: string): never {
  throw new InvalidPhoneNumberError(input, reason, message);
}
