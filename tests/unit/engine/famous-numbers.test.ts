import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { FAMOUS_VANITY_NUMBERS } from '../../../local/cli/famous-vanity-numbers';

// Brands the engine ranks in its top five today: a regression guard for the ranking's general signals.
// The others need words neither the spoken-English corpus nor the brand lists hold (KARS, HILTONS), a name
// before a noun (USA-RAIL: a name stands only where a verb introduces it), a one-letter word (GO-U-HAUL),
// or are keypad twins of more common words (RED-CROS).
const FOUND_IN_TOP_5: ReadonlySet<string> = new Set([
  'FLOWERS', 'GOTJUNK', 'CONTACT', 'PETMEDS', 'DENTIST', 'MATTRES', 'COLLECT', 'PAINTER', 'HOLIDAY', 'FEDEX', 'HIPPO', 'TALK', 'QUITNOW',
  'PICKUPS', 'THRIFTY', 'GOODYEA', 'CALLATT', 'ASKGARY', 'PLUMBER', 'MYAPPLE', 'DOCTORS', 'SAMSUNG', 'DIRECTV', 'LAWYERS',
]);

function rankOf(number: string, brand: string): number {
  return generateVanityNumbers(number)
    .vanityNumbers.map((text) => text.replaceAll('-', ''))
    .findIndex((text) => text.includes(brand));
}

describe('the famous vanity numbers table is accurate', () => {
  it.each(FAMOUS_VANITY_NUMBERS)('$vanity dials $number', ({ vanity, number, brand }) => {
    // Letters in parentheses are advertised but fall past the number's last digit.
    const dialled = toKeypadDigits(vanity.replace(/\(.*\)/, ''));
    expect(`+${dialled}`).toBe(number);
    expect(vanity.replace(/\(.*\)/, '').replaceAll('-', '')).toContain(brand);
  });
});

describe('famous brands are found by general signals', () => {
  it.each(FAMOUS_VANITY_NUMBERS.filter(({ brand }) => FOUND_IN_TOP_5.has(brand)))('$vanity: $brand in the top 5', ({ number, brand }) => {
    expect(rankOf(number, brand)).toBeGreaterThanOrEqual(0);
  });

  it('puts the brand first for at least 20 of them', () => {
    const firsts = FAMOUS_VANITY_NUMBERS.filter(({ number, brand }) => rankOf(number, brand) === 0);
    expect(firsts.length).toBeGreaterThanOrEqual(20);
  });
});
