import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import type { WordEntry } from '../../../amplify/engine/dictionary';
import { articleMayOpen, articlesStand } from '../../../amplify/engine/article-phrases';
import { oneLetterWord } from '../../../amplify/engine/one-letter-words';
import type { Segment } from '../../../amplify/engine/search';
import { WORD_CLASS } from '../../../amplify/engine/word-tags';

const { noun, verb } = WORD_CLASS;

function entry(word: string, classes: number, zipf = 4.5): WordEntry {
  return { word, zipf, familiarity: 'common', classes, primary: classes & -classes, language: 'en' };
}

const a = oneLetterWord('2');
const job = entry('JOB', noun);
const get = entry('GET', verb, 6);

describe('the article A inside a phrase', () => {
  it.each([
    ['JOB', job, 3, true],
    ['JOB at the start', job, 0, false],
    ['APE (a vowel)', entry('APE', noun), 3, false],
    ['JOBS (a plural)', entry('JOBS', noun), 3, false],
    ['YAK (rarely said)', entry('YAK', noun, 2.9), 3, false],
    ['RUN (a verb)', entry('RUN', verb), 3, false],
  ])('may open before %s at %i: %s', (_text, next, position, expected) => {
    expect(a && articleMayOpen(a, next, position)).toBe(expected);
  });

  const article = (start: number): Segment => ({ start, end: start + 1, word: a });
  it.each<[string, string, Segment[], boolean]>([
    ['GET-A-JOB: between a verb and its noun', '4382562', [{ start: 0, end: 3, word: get }, article(3), { start: 4, end: 7, word: job }], true],
    ['4-A-JOB: after a lone 4 read as FOR, closing the number', '42562', [{ start: 0, end: 1 }, article(1), { start: 2, end: 5, word: job }], true],
    ['444-A-JOB: not after a run of digits ending in 4', '4442562', [{ start: 0, end: 3 }, article(3), { start: 4, end: 7, word: job }], false],
    ['5-A-JOB: not after another digit', '5552562', [{ start: 0, end: 3 }, article(3), { start: 4, end: 7, word: job }], false],
    ['TAX-A-JOB: not after a noun', '8292562', [{ start: 0, end: 3, word: entry('TAX', noun) }, article(3), { start: 4, end: 7, word: job }], false],
  ])('%s', (_text, digits, segments, expected) => {
    expect(articlesStand(segments, digits)).toBe(expected);
  });

  it.each([
    ['+1800', '4-A-CHILD'],
    ['+1800', 'GET-A-JOB'],
  ])('%s%s is offered among the five', (prefix, phrase) => {
    expect(generateVanityNumbers(`${prefix}${toKeypadDigits(phrase)}`).vanityNumbers.some((text) => text.endsWith(phrase))).toBe(true);
  });
});
