import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainVanityNumber, generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { NUMBER_RANGES } from '../../../local/eval/bench-numbers';

describe('toKeypadDigits reads letters through the standard keypad', () => {
  it.each([
    ['1-800-FLOWERS', '18003569377'],
    ['1-800-got-junk', '18004685865'],
    ['+44-20-7946-WORD', '442079469673'],
    ['ABC DEF GHI JKL MNO PQRS TUV WXYZ', '22233344455566677778889999'],
    ['0 1', '01'],
    ['', ''],
  ])('%s -> %s', (text, digits) => {
    expect(toKeypadDigits(text)).toBe(digits);
  });
});

describe('explainVanityNumber splits a vanity number into words and digit groups', () => {
  it.each([
    ['1-800-GOT-JUNK', [['1', '1', false], ['800', '800', false], ['GOT', '468', true], ['JUNK', '5865', true]]],
    ['1-877-KARS-4-KIDS', [['1', '1', false], ['877', '877', false], ['KARS', '5277', true], ['4', '4', false], ['KIDS', '5437', true]]],
    ['+44-20-7946-WORD', [['+44', '44', false], ['20', '20', false], ['7946', '7946', false], ['WORD', '9673', true]]],
    ['1 (800) FLOWERS', [['1', '1', false], ['800', '800', false], ['FLOWERS', '3569377', true]]],
  ])('%s', (text, expected) => {
    expect(explainVanityNumber(text).map((part) => [part.text, part.digits, part.isWord])).toEqual(expected);
  });
});

// The bench's ranges (14 countries, local-language ones included) and NANP's fictional 555 range.
const RANGES = [...NUMBER_RANGES, { prefix: '+1555', digits: 7 }];

const phoneNumber = fc
  .constantFrom(...RANGES)
  .chain(({ prefix, digits }) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: digits, maxLength: digits }).map((d) => prefix + d.join('')),
  );

describe('every candidate dials exactly the caller number', () => {
  it('holds for random numbers of the bench ranges (fourteen countries) and the 555 range', () => {
    fc.assert(
      fc.property(phoneNumber, (number) => {
        const result = generateVanityNumbers(number);
        const digits = result.e164.slice(1);
        expect(result.candidates.length).toBeGreaterThan(0);
        expect(result.candidates.length).toBeLessThanOrEqual(5);
        expect(new Set(result.vanityNumbers).size).toBe(result.vanityNumbers.length);
        for (const candidate of result.candidates) {
          expect(toKeypadDigits(candidate.text)).toBe(digits);
          expect(candidate.parts.map((part) => part.digits).join('')).toBe(digits);
          expect(explainVanityNumber(candidate.text).map((part) => part.digits).join('')).toBe(digits);
          for (const part of candidate.parts) {
            expect(toKeypadDigits(part.text)).toBe(part.digits);
            // 0 and 1 carry no letters, so a word can never cover them.
            if (part.isWord) expect(part.digits).toMatch(/^[2-9]+$/);
          }
        }
      }),
      { numRuns: 1500, seed: 20261124 },
    );
  });
});
