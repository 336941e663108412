import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { localBlockedWords } from '../../../amplify/engine/local-blocked-words';

/** Every letter of a number's top-ten candidates, run together, upper case. */
function spelled(number: string): string[] {
  return generateVanityNumbers(number, { limit: 10 }).vanityNumbers.map((text) => text.replace(/[^A-Z]/g, ''));
}

describe('stop 25: rape in every language the engine spells, as English RAPE (local/cli/local-distress-words.ts), on no line', () => {
  it.each([
    ['de', 'vergewaltigung'],
    ['fr', 'violer'],
    ['es', 'violar'],
    ['it', 'violentare'],
    ['nl', 'verkrachting'],
    ['pt', 'estuprar'],
    ['sv', 'valdtakt'],
    ['da', 'voldtaegt'],
    ['no', 'voldtekt'],
    ['pl', 'gwalt'],
    ['fi', 'raiskaus'],
    ['cs', 'znasilnit'],
    ['hu', 'megeroszakol'],
    ['tr', 'tecavuz'],
  ])('%s blocks %s', (language, word) => {
    expect(localBlockedWords(language)?.has(word)).toBe(true);
  });

  it.each([
    // A Spanish toll-free line offered VIOLAR (cuss rates it maybe: kept off persons' numbers only, before).
    ['+34900', 'violar'],
    ['+3491', 'violar'],
    ['+33800', 'violer'],
    ['+48800', 'gwalt'],
    ['+90800', 'tecavuz'],
  ])('a number of %s ending in %s never offers it', (prefix, word) => {
    const digits = toKeypadDigits(word);
    const length = prefix === '+3491' || prefix === '+90800' ? 7 : 6;
    const number = prefix + digits.padStart(length, '2');
    expect(spelled(number).filter((text) => text.includes(word.toUpperCase()))).toEqual([]);
  });
});
