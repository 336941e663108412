import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { isOffensivePair, readsOffensivePhrase } from '../../../amplify/engine/offensive-phrases';
import { englishBlockedTerms } from '../../../amplify/engine/english-blocked-words';
import { spellsLocalProfanity } from '../../../amplify/engine/local-profanity';

describe('isOffensivePair: innocent words in a row that read as a threat or as sex', () => {
  it.each([
    ['beat', 'you', true],
    ['hang', 'him', true],
    ['burn', 'her', true],
    ['kick', 'her', true],
    ['touch', 'kids', true],
    ['nail', 'her', true],
    ['ride', 'me', true],
    ['lick', 'it', true],
    ['do', 'me', true],
    ['hot', 'girl', true],
    ['wet', 'lips', true],
    ['gay', 'boys', true],
    ['fork', 'you', true],
    ['frick', 'off', true],
    ['duck', 'you', true],
    ['sod', 'off', true],
    // A word for a woman before one for a man: the slurs on trans people.
    ['lady', 'boy', true],
    ['she', 'male', true],
    ['girl', 'man', true],
    ['lady', 'luck', false],
    ['boy', 'girl', false],
    ['man', 'lady', false],
    ['duck', 'pond', false],
    ['fork', 'lift', false],
    // The caller as the subject of a word a valence lexicon rates negative (stop 20).
    ['u', 'stink', true],
    ['you', 'fail', true],
    ['u', 'cheat', true],
    ['u', 'weep', true],
    ['you', 'win', false],
    ['u', 'save', false],
    ['i', 'weep', false],
    // Everyday phrases stay.
    ['do', 'you', false],
    ['do', 'it', false],
    ['beat', 'it', false],
    ['eat', 'it', false],
    ['grab', 'it', false],
    ['call', 'me', false],
    ['help', 'you', false],
    ['hot', 'dog', false],
    ['hot', 'bed', false],
    ['easy', 'load', false],
  ])('%s %s: %s', (word, next, offensive) => {
    expect(isOffensivePair(word, next)).toBe(offensive);
  });

  it('reads any two words in a row, not words apart', () => {
    expect(readsOffensivePhrase(['call', 'beat', 'you'])).toBe(true);
    expect(readsOffensivePhrase(['beat', 'the', 'you'])).toBe(false);
  });
});

describe('no candidate reads such a phrase', () => {
  it.each(['ustink', 'youfail', 'ucheat', 'beatyou', 'hangyou', 'burnyou', 'nailher', 'rideme', 'lickit', 'gaygirl', 'hotgirl', 'hotbabe', 'wetgirl', 'kickher', 'hotlips'])(
    'a number ending in %s',
    (phrase) => {
      for (const prefix of ['+1212', '+1800', '+4420']) {
        const number = prefix + toKeypadDigits(phrase).padStart(prefix === '+4420' ? 8 : 7, '5');
        const spelled = generateVanityNumbers(number, { limit: 10 }).vanityNumbers.filter((text) => text.replace(/[^A-Z]/g, '').includes(phrase.toUpperCase()));
        expect(spelled).toEqual([]);
      }
    },
  );
});

describe('threats and oaths run together (English blocked terms)', () => {
  it.each([
    [['for', 'kyou'], [false, true], true, 'FORK-YOU across a split'],
    [['kil', 'lyou'], [false, true], true, 'KILL-YOU across a split'],
    [['killyou'], [false], true, 'as one word'],
    [['cut', 'meat'], [false, true], false, 'ME inside a word is no person (only YOU counts)'],
    [['fork', 'youth'], [false, true], true, 'YOU at the start of a word still reads YOU'],
  ] as const)('%j -> %s (%s)', (words, touching, expected, _why) => {
    expect(spellsLocalProfanity(words, touching, englishBlockedTerms())).toBe(expected);
  });
});
