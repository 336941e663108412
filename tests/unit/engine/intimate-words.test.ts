import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { toKeypadDigits } from '../../../amplify/engine/keypad';
import { isDistressingWord } from '../../../amplify/engine/distress-words';
import { crudeWords, isOnNoLine } from '../../../amplify/engine/no-line-words';
import { offensiveReading } from '../../../local/eval/offensive-sweep';

describe('intimate words: on no line; body words a health line names only on a business\'s line', () => {
  it.each([
    ['+1503', 'BREAST'],
    ['+1212', 'PEEING'],
    ['+4420', 'BANGING'],
    ['+1503', 'LESBIAN'],
    ['+1212', 'HORNIER'],
    ['+1212', 'SEXES'], // an inflection of SEX, once offered as 1-212-60-SEXES
  ])('%s...%s is not offered on a person\'s number', (prefix, word) => {
    const digits = toKeypadDigits(word);
    const number = `${prefix}${'9999999'.slice(0, Math.max(0, (prefix === '+4420' ? 8 : 7) - digits.length))}${digits}`;
    // The word itself, not a longer one holding it (ABREAST).
    expect(generateVanityNumbers(number).vanityNumbers.some((text) => text.split('-').includes(word))).toBe(false);
  });

  it('a screening line may advertise 1-800-9-BREAST', () => {
    expect(generateVanityNumbers(`+18009${toKeypadDigits('BREAST')}`).vanityNumbers).toContain('1-800-9-BREAST');
  });

  // Sexual slang, sex and the toilet, death and killing, and crude words: a toll-free number that spells
  // one (filled out in front) offers it in no candidate, as a word, as words read as one or across a split,
  // as the offensive sweep reads them (CORAL holds ORAL inside one word: not a reading).
  it.each([
    'HORNIER', 'BANGING', 'LICKING', // sexual slang
    'PEEING', 'ORAL', 'LESBIAN', 'BRA', 'LINGERIE', 'UNDIES', 'TOILET', 'URINAL', // sex, underwear and the toilet
    'URINE', 'BLOODSHED', 'SLAYING', // bodily waste, killing (WordNet: see GRIM_SENSES)
    'NASTY', 'DIRTY', // crude: sexualising and rated negative
  ])('no line offers %s, a business line included', (word) => {
    const digits = toKeypadDigits(word).slice(0, 7);
    for (const number of [`+1800${digits.padStart(7, '4')}`, `+1888${digits.padStart(7, '2')}`]) {
      const lists = [{ terms: new Set([word.slice(0, 7).toLowerCase()]), insideWords: false }];
      expect(generateVanityNumbers(number).candidates.filter((candidate) => offensiveReading(candidate, lists))).toEqual([]);
    }
  });
});

describe('the kinds a business\'s line may still name', () => {
  it.each([
    ['cancer', true, false],
    ['fraud', true, false],
    ['injury', true, false],
    ['bloodshed', true, true],
    ['urine', true, true],
    ['slaying', true, true],
    ['breast', false, false],
    ['oral', false, true],
    ['hornier', false, true],
    ['nasty', false, true],
  ])('%s: distressing %s, on no line %s', (word, distressing, onNoLine) => {
    expect([isDistressingWord(word), isOnNoLine(word)]).toEqual([distressing, onNoLine]);
  });

  it('crude words are the sexualising ones rated negative, not HOT, WET or STEAMY', () => {
    expect(crudeWords()).toEqual(expect.arrayContaining(['dirty', 'nasty']));
    expect(crudeWords().filter((word) => ['hot', 'wet', 'steamy', 'easy'].includes(word))).toEqual([]);
  });
});
