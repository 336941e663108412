import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { heardCompoundBrand } from '../../../amplify/engine/compound-brands';
import { getDictionary, type WordEntry } from '../../../amplify/engine/dictionary';
import { toKeypadDigits } from '../../../amplify/engine/keypad';
import { isNotableBrand } from '../../../amplify/engine/phrase-units';

const dictionary = getDictionary('US');

/** The index's entry for `word`, written whole. */
function entry(word: string): WordEntry {
  const found = dictionary.lookup(toKeypadDigits(word)).entries.find((candidate) => candidate.word === word && candidate.fullWord === undefined);
  if (!found) throw new Error(`${word} is not in the index`);
  return found;
}

describe('heardCompoundBrand (a brand written as two everyday words run together)', () => {
  it.each([
    ['REDBOX', 'RED and BOX'],
    ['NEWEGG', 'NEW and EGG'],
    ['FITBIT', 'FIT and BIT'],
  ])('reads %s (%s), a brand one list names, as a notable brand', (word) => {
    expect(isNotableBrand(entry(word))).toBe(false);
    expect(isNotableBrand(heardCompoundBrand(entry(word)))).toBe(true);
  });

  it.each([
    ['YOUFIT', 'a pronoun is no content word'],
    ['WALLIS', 'a word of two letters (IS) splits any name'],
    ['GEICO', 'no two words'],
    ['MOTEL', 'an everyday word, no brand'],
  ])('leaves %s as it was (%s)', (word) => {
    expect(heardCompoundBrand(entry(word))).toEqual(entry(word));
  });
});

describe('a compound brand beside a business line\'s digits', () => {
  const top = (number: string): string[] => generateVanityNumbers(number).vanityNumbers;

  it('is offered as a name line, after the answers and the plain number', () => {
    expect(top('+18667332691')).toEqual(['1-866-SEDAN-91', '1-866-733-2691', '1-866-REDBOX-1']);
    expect(top('+18886393440')).toEqual(['1-888-639-3440', '1-888-NEWEGG-0']);
  });

  it('stays off a person\'s number', () => {
    expect(top('+12127332691').some((text) => text.includes('REDBOX'))).toBe(false);
  });
});
