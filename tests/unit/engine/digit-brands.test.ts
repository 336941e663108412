import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { digitBrandSpellings } from '../../../amplify/engine/digit-brands';
import { segmentsOf } from '../../../amplify/engine/search';
import { installedDigitBrandsModule } from '../../../local/cli/build-digit-brands';
import { digitBrandNames } from '../../../local/cli/digit-brands-builder';

describe('digitBrandNames (brands whose name is a word and a number)', () => {
  it('keeps a word of four letters or more and a number of one or two digits, either way round, as a line writes them', () => {
    expect(digitBrandNames(['Motel 6', '7-Eleven', 'Mitre 10', '84 Lumber', 'Barre3', 'Motel 6'])).toEqual(['7-ELEVEN', '84-LUMBER', 'BARRE-3', 'MITRE-10', 'MOTEL-6']);
  });

  it.each([
    ['Rue21', 'a word of three letters: fits random lines, no caller knows it'],
    ['Take 5', 'five letters and digits: on random lines TAKE-5 and TELE-2 took rank 1'],
    ['O2', 'a letter and a digit'],
    ['Studio 540', 'a number of three digits'],
    ['Best Buy', 'no number'],
    ['Route 66 Diner', 'more than a word and a number'],
  ])('leaves out %s (%s)', (name) => {
    expect(digitBrandNames([name])).toEqual([]);
  });

  it('is exactly what `npm run words` builds from the installed brand lists (it cannot drift silently)', () => {
    const committed = readFileSync(new URL('../../../amplify/engine/digit-brands.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(installedDigitBrandsModule().text);
  });
});

describe('digitBrandSpellings (see digit-brands.ts)', () => {
  /** The spellings written as the engine writes them, word and digits joined by hyphens. */
  const written = (digits: string): string[] => digitBrandSpellings(digits).map((spelling) => segmentsOf(spelling).map((segment) => segment.word?.word ?? digits.slice(segment.start, segment.end)).join('-'));

  it('spells the name with its own number in place and the other digits kept', () => {
    expect(written('4668356')).toEqual(['4-MOTEL-6']);
    expect(written('6683564')).toEqual(['MOTEL-6-4']);
  });

  it('needs every digit of the name: the word without its number is no such brand', () => {
    expect(written('6683574')).toEqual([]);
  });

  it('cuts the word only where it closes the number (84-LUMBE(R)): before a digit the letter it lost would be dialled', () => {
    expect(written('8458623')).toEqual(['84-LUMBE']);
    expect(written('84586231')).toEqual([]);
  });
});

describe('brands whose name holds a number on a business line', () => {
  const top = (number: string): string[] => generateVanityNumbers(number).vanityNumbers;

  it.each([
    ['+18004668356', '1-800-4-MOTEL-6'],
    ['+18886683564', '1-888-MOTEL-6-4'],
    ['+18006487310', '1-800-MITRE-10'],
    ['+18008458623', '1-800-84-LUMBE'],
  ])('%s leads with %s', (number, expected) => {
    expect(top(number)[0]).toBe(expected);
  });

  it('stays off a person\'s number: no shop prints its name on a stranger\'s line', () => {
    expect(top('+12124668356').some((text) => text.includes('MOTEL'))).toBe(false);
  });
});
