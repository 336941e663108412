import { describe, expect, it } from 'vitest';
import { BlockedTerms, isLocallyBlocked, spellsLocalProfanity } from '../../../amplify/engine/local-profanity';

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

describe('BlockedTerms judged whole (English)', () => {
  const english = new BlockedTerms(['semen', 'twink', 'tits', 'hell', 'sex', 'sob'], false);
  it.each([
    [['basement'], [false], false, 'a long term inside one word does not count'],
    [['twinkle'], [false], false, 'nor does a shorter one'],
    [['sob'], [false], true, 'a term as a word'],
    [['phat', 'its'], [false, true], true, 'a term across a split'],
    [['rich', 'ell'], [false, true], true, 'a term across a split, HELL in RICH-ELL'],
    [['shell', 'fish'], [false, true], false, 'a term inside one of the words'],
    [['hi', 'se', 'x'], [false, false, false], true, 'neighbours read as one with digits between (SE-2-X)'],
    [['use', 'men', 'to'], [false, true, true], true, 'a long term across a split'],
  ] as const)('%j -> %s (%s)', (words, touching, expected, _why) => {
    expect(spellsLocalProfanity(words, touching, english)).toBe(expected);
  });

  it('counts terms inside words where the list says so', () => {
    expect(isLocallyBlocked('basement', new BlockedTerms(['semen'], true))).toBe(true);
    expect(isLocallyBlocked('basement', new BlockedTerms(['semen'], false))).toBe(false);
  });
});
