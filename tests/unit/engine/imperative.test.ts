import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import type { WordEntry } from '../../../amplify/engine/dictionary';
import { readsAsCommand } from '../../../amplify/engine/imperative';
import { WORD_CLASS } from '../../../amplify/engine/word-tags';

const { noun, verb, adverb, modifier } = WORD_CLASS;

function entry(word: string, classes: number, zipf = 4.5, familiarity: WordEntry['familiarity'] = 'common'): WordEntry {
  return { word, zipf, familiarity, classes, primary: classes & -classes, language: 'en' };
}

describe('a noun that is also a verb reads as a command before an adverb', () => {
  it.each([
    [entry('SHOP', noun | verb | modifier), entry('NOW', adverb, 6.5), true],
    [entry('BOOK', noun | verb), entry('NOW', adverb, 6.5), true],
    [entry('CUP', noun | verb), entry('HOW', adverb, 6.6), false],
    [entry('SHOP', noun | verb), entry('CAR', noun, 5), false],
    [entry('HOUSE', noun), entry('NOW', adverb, 6.5), false],
    [entry('SHOP', noun | verb, 3), entry('NOW', adverb, 6.5), false],
    [entry('SHOP', noun | verb, 4.7, 'known'), entry('NOW', adverb, 6.5), false],
    [entry('DIET', noun | verb), entry('WHY', adverb, 6.4), false],
    [entry('NAME', noun | verb), entry('AGO', adverb, 5.5), false],
    [entry('NAME', noun | verb), entry('WHEN', adverb, 6.3), false],
  ])('%o before %o: %s', (first, second, expected) => {
    expect(readsAsCommand(first, second)).toBe(expected);
  });

  it.each(['SHOP-NOW', 'BOOK-NOW', 'DIAL-NOW'])('%s is offered among the five', (phrase) => {
    const texts = generateVanityNumbers(`+1800${toKeypadDigits(phrase)}`).vanityNumbers;
    expect(texts.some((text) => text.endsWith(phrase))).toBe(true);
  });
});

describe('a question adverb or AGO closes no command (stop 19)', () => {
  it.each([
    ['+61333438949', '+61-3-3-DIET-WHY'],
    ['+61362632466', '+61-3-NAME-AGO-6'],
  ])('%s: %s is not offered', (number, spelling) => {
    expect(generateVanityNumbers(number, { limit: 60 }).vanityNumbers).not.toContain(spelling);
  });
});
