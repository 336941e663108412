import { describe, expect, it } from 'vitest';
import { isLocallyBlocked, spellsLocalProfanity } from '../../../amplify/engine/local-profanity';

const blocked = new Set(['arsch', 'fick', 'puta', 'con', 'scheisse']);

describe('isLocallyBlocked', () => {
  it.each([
    ['fick', true, 'a blocked word'],
    ['arschloch', true, 'a long term inside a word'],
    ['barsch', true, 'a long term inside a word, whatever the word'],
    ['ficken', false, 'a short term inside a word (Scunthorpe): the list blocks FICKEN itself'],
    ['computadora', false, 'a short term inside a real word'],
    ['con', true, 'a three-letter term as a whole word'],
    ['second', false, 'a three-letter term inside a word'],
  ])('%s -> %s (%s)', (word, expected, _why) => {
    expect(isLocallyBlocked(word, blocked)).toBe(expected);
  });
});

describe('spellsLocalProfanity across splits', () => {
  it.each([
    [['schei', 'sse'], [false, true], true, 'neighbours read as one'],
    [['fi', 'ck'], [false, false], true, 'letters run together across digits'],
    [['hallo', 'fick'], [false, false], true, 'one word of the number'],
    [['pu', 'tage'], [false, false], true, 'a short term across a split'],
    [['dis', 'puta'], [false, true], true, 'a short term as a word'],
    [['disputa'], [false], false, 'a short term inside one word'],
    [['co', 'n'], [false, true], true, 'a three-letter term made of neighbours'],
    [['haus', 'maus'], [false, true], false, 'clean words'],
  ] as const)('%j -> %s (%s)', (words, touching, expected, _why) => {
    expect(spellsLocalProfanity(words, touching, blocked)).toBe(expected);
  });
});
