import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import type { WordEntry } from '../../../amplify/engine/dictionary';
import { oneLetterWord, opensPhrase } from '../../../amplify/engine/one-letter-words';
import { WORD_CLASS } from '../../../amplify/engine/word-tags';

const { noun, verb, adjective, initialism } = WORD_CLASS;

function entry(word: string, classes: number, familiarity: WordEntry['familiarity'] = 'common'): WordEntry {
  return { word, zipf: 4.5, familiarity, classes, primary: classes & -classes, language: 'en' };
}

describe('one-letter words open a short phrase', () => {
  it.each([
    ['2', entry('GOOD', adjective), 2, false, true],
    ['2', entry('HAPPY', adjective), 1, true, false],
    ['2', entry('HOUSE', noun), 1, false, false],
    ['2', entry('HOUSE', noun), 1, true, true],
    ['2', entry('NETS', noun), 2, false, false],
    ['2', entry('AVENUE', noun), 1, true, false],
    ['4', entry('SELL', verb), 1, false, true],
    ['4', entry('USES', verb), 1, false, false],
    ['8', entry('QUIT', verb), 1, false, true],
    ['8', entry('RUN', verb), 1, false, false],
    ['8', entry('HOUSE', noun), 1, false, false],
    ['6', entry('CANADA', noun, 'brand'), 1, true, true],
    ['6', entry('NASA', noun | initialism, 'brand'), 1, true, false],
    ['6', entry('HOUSE', noun), 1, true, false],
  ])('%s before %o (%i words, fills %s): %s', (digit, next, words, fills, expected) => {
    const letter = oneLetterWord(digit);
    expect(letter).toBeDefined();
    if (letter) expect(opensPhrase(letter, next, words, fills)).toBe(expected);
  });

  it.each(['1', '3', '5', '7', '9', '0'])('no one-letter word on key %s', (digit) => {
    expect(oneLetterWord(digit)).toBeUndefined();
  });

  // On a person's own number a sentence's verb is closed by an object pronoun or by nothing: another short
  // word after it (I-LEAD-IN, U-FADE-HE, read blind as odd pieces) is grammar alone.
  it.each([
    ['U-KNOW-IT', '+1800', true],
    ['I-LEAD-IN', '+649', false],
    ['U-FADE-HE', '+1312', false],
    ['I-POSE-ON', '+3531', false],
  ])('%s on %s: offered %s', (phrase, prefix, offered) => {
    const number = `${prefix}${toKeypadDigits(phrase)}`;
    expect(generateVanityNumbers(number).candidates.some((c) => c.text.endsWith(phrase))).toBe(offered);
  });

  it.each([['U-KNOW-IT', '+1800'], ['O-CANADA', '+1800']])('%s is offered, and dials the same number', (phrase, prefix) => {
    const number = `${prefix}${toKeypadDigits(phrase)}`;
    const candidate = generateVanityNumbers(number).candidates.find((c) => c.text.endsWith(phrase));
    expect(candidate).toBeDefined();
    expect(`+${toKeypadDigits(candidate?.text ?? '')}`).toBe(number);
  });

  it.each([
    ['+16048082527', 'U-CLAP'],
    ['+15033472867', 'I-SAVOR'],
    ['+61360986326', 'U-MEAN'],
  ])("%s: on a person's number no one-letter word follows kept digits (%s)", (number, phrase) => {
    expect(generateVanityNumbers(number).vanityNumbers.some((text) => text.includes(phrase))).toBe(false);
  });

  it.each([['+1212', false], ['+1800', true]])('O + a name, the whole number (O-CANADA) on %s: offered %s (a business line only)', (prefix, offered) => {
    const number = `${prefix}${toKeypadDigits('OCANADA')}`;
    expect(generateVanityNumbers(number).vanityNumbers.some((text) => text.endsWith('O-CANADA'))).toBe(offered);
  });

  it('never offers a lone A before a noun behind kept digits (5-A-HOUSE copies 52-HOUSE)', () => {
    expect(generateVanityNumbers('+18005246873').vanityNumbers.some((text) => text.includes('A-HOUSE'))).toBe(false);
  });
});
