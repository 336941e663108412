import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { advertisedScore } from '../../../local/eval/advertised-score';
import { FAMOUS_VANITY_NUMBERS, TEST_NUMBERS, TUNING_NUMBERS, evaluationHalf } from '../../../local/eval/famous-vanity-numbers';

describe('the advertised vanity numbers table is accurate', () => {
  it('holds at least 100 numbers of several countries, each number once', () => {
    expect(FAMOUS_VANITY_NUMBERS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(FAMOUS_VANITY_NUMBERS.map(({ number }) => number)).size).toBe(FAMOUS_VANITY_NUMBERS.length);
    const countries = new Set(FAMOUS_VANITY_NUMBERS.map(({ number }) => generateVanityNumbers(number).country));
    expect(countries.size).toBeGreaterThanOrEqual(6);
  });

  it.each(FAMOUS_VANITY_NUMBERS)('$vanity dials $number and is sourced', ({ vanity, number, brand, source }) => {
    // Letters in parentheses are advertised but fall past the number's last digit.
    const dialled = toKeypadDigits(vanity.replace(/\(.*\)/, ''));
    expect(`+${dialled}`).toBe(number);
    expect(vanity.replace(/\(.*\)/, '').replaceAll('-', '')).toContain(brand);
    expect(source).toMatch(/^https?:\/\/\S+$/);
  });
});

describe('the tuning and test halves', () => {
  it('split every number into exactly one half, evenly', () => {
    expect(TUNING_NUMBERS.length + TEST_NUMBERS.length).toBe(FAMOUS_VANITY_NUMBERS.length);
    expect(Math.abs(TUNING_NUMBERS.length - TEST_NUMBERS.length)).toBeLessThanOrEqual(1);
    const tuning = new Set(TUNING_NUMBERS.map(({ number }) => number));
    expect(TEST_NUMBERS.filter(({ number }) => tuning.has(number))).toEqual([]);
  });

  it('depend on the number alone, not on the order of the list', () => {
    for (const entry of FAMOUS_VANITY_NUMBERS.slice(0, 10)) {
      expect(evaluationHalf({ ...entry, vanity: 'renamed', brand: 'X', source: 'https://example.org' })).toBe(evaluationHalf(entry));
    }
  });
});

describe('advertised phrases are found by general signals', () => {
  // A floor on the tuning half only: the test half is reported by `npm run bench`, never asserted or tuned on.
  // Lowered from 27 and 22 when the quality floor came in: the hits it cost were junk chains that happened to
  // hold the letters (MICRO-SO, DOTS-AFT) and a name after a noun (TIP-MONT); raised to 29 and 19 when a phrase
  // could close on a short noun cut by a letter (LADY-LUC(K)), GO take a rarely said noun (GO-COLTS) and a
  // lone long word lose two letters (MICROSO(FT)); measured 30 and 20. Raised to 38 and 23 when pairs heard as
  // one unit (RED-CROS(S), RING-RIN(G)), dictionary words speech rarely says (LITURGY), organisations'
  // initialisms before an everyday noun (CDC-INFO) and one-letter words (O-CANADA, 44-U-QUIT) came in.
  // Raised to 40 and 24 when an initialism could spell a toll-free exchange before its digits (FDA-1088); first
  // fell to 23 when VADER joined AFINN for unpleasant words: 1-800-4-CANCER is now listed below 42-AMBER.
  // Raised to 41 when the name-suggestion-index's brands joined and name lines kept the last place of a
  // toll-free number's list (GMC-8782). Raised to 44 when a toll-free number could end on a less common long
  // word cut short (LOGISTI(C)), a plural noun take a particle (BETS-OFF) and credit unions their FCU names
  // (NASAFCU); first measured 29.
  it('keeps the phrase in the top 5 for at least 44 and first for at least 23 of the tuning half', () => {
    const score = advertisedScore(TUNING_NUMBERS);
    expect(score.top5).toBeGreaterThanOrEqual(44);
    expect(score.first).toBeGreaterThanOrEqual(23);
  });
});
