import { describe, expect, it } from 'vitest';
import examples from 'libphonenumber-js/examples.mobile.json';
import metadata from 'libphonenumber-js/min/metadata';
import { parseNumber, parseNumberWithLibrary } from '../../../amplify/engine/parse';
import { readE164 } from '../../../amplify/engine/parse-e164';

/** Deterministic digits (xorshift32), so a failure names a number that fails again. */
function digitSource(seed: number): (count: number) => string {
  let state = seed >>> 0;
  return (count) => {
    let digits = '';
    for (let i = 0; i < count; i++) {
      state ^= state << 13;
      state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      digits += String(state % 10);
    }
    return digits;
  };
}

/**
 * E.164 numbers for every calling code in the library's metadata: random national numbers of every length
 * E.164 allows, and each country's example mobile number with its last four digits varied (so numbers the
 * shared codes' countries claim, +1 264 for Anguilla, +44 7624 for the Isle of Man, are well represented).
 */
function e164Numbers(): string[] {
  const random = digitSource(20_261_130);
  const numbers: string[] = [];
  for (const code of Object.keys(metadata.country_calling_codes)) {
    for (let length = 4; code.length + length <= 15; length++) {
      for (let i = 0; i < 12; i++) numbers.push(`+${code}${random(length)}`);
    }
  }
  for (const [country, national] of Object.entries(examples)) {
    const code = metadata.countries[country as keyof typeof metadata.countries]?.[0];
    if (typeof code !== 'string' || typeof national !== 'string') continue;
    for (let i = 0; i < 20; i++) numbers.push(`+${code}${national.slice(0, -4)}${random(4)}`);
  }
  return numbers;
}

function outcome(parse: (input: string) => unknown, input: string): unknown {
  try {
    return parse(input);
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

describe('the E.164 fast path answers as libphonenumber-js does', () => {
  const numbers = e164Numbers();

  it('for every calling code, every length and each country example', () => {
    const differing = numbers.filter((number) => JSON.stringify(outcome(parseNumber, number)) !== JSON.stringify(outcome(parseNumberWithLibrary, number)));
    expect(differing.slice(0, 10)).toEqual([]);
  });

  it('takes the fast road for a third of them (the rest are of impossible lengths), so the comparison above covers it', () => {
    const fast = numbers.filter((number) => readE164(number) !== undefined).length;
    expect(fast / numbers.length).toBeGreaterThan(0.3);
    // Numbers the library turns down (wrong length, unknown code) all go the library's way, for its errors.
    expect(readE164('+1800356937')).toBeUndefined();
    expect(readE164('+999123456789')).toBeUndefined();
  });

  it.each([
    ['+18003569377', { callingCode: '1', country: 'US', nationalNumber: '8003569377' }],
    ['+12642351234', { callingCode: '1', country: 'AI', nationalNumber: '2642351234' }],
    ['+442079460958', { callingCode: '44', country: 'GB', nationalNumber: '2079460958', international: '+44 20 7946 0958' }],
    ['+4930123456789', { callingCode: '49', country: 'DE', nationalNumber: '30123456789' }],
  ])('%s reads as %j', (input, expected) => {
    expect(readE164(input)).toMatchObject(expected);
  });
});
