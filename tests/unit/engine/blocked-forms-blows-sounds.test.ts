import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { isDistressingWord } from '../../../amplify/engine/distress-words';
import { standsAlone } from '../../../amplify/engine/lone-word';
import { localBlockedWords } from '../../../amplify/engine/local-blocked-words';
import { isFormOfBlocked } from '../../../local/cli/english-blocked-builder';
import { wordnetBlowVerbs } from '../../../local/cli/wordnet-offensive';
import { soundsProfane } from '../../../local/cli/lone-words-builder';

/** Every candidate of a number, as written. */
function spelled(number: string): string[] {
  return generateVanityNumbers(number, { limit: 10 }).vanityNumbers;
}

describe('isFormOfBlocked: an inflected or compounded form of a blocked local word', () => {
  it.each([
    // Turkish suffixes and German compounds: the blocked word and more letters.
    ['tr', 'sikik', ['sik'], true],
    ['tr', 'picler', ['pic'], true],
    ['de', 'mistkerl', ['mist'], true],
    // A Romance plural, and a verb conjugated on its infinitive's stem.
    ['es', 'putos', ['puto'], true],
    ['es', 'jodida', ['joder'], true],
    ['es', 'jodete', ['joder'], true],
    // A stem followed by a consonant makes another word; French takes no suffix so.
    ['es', 'pistola', ['pisar'], false],
    ['fr', 'chien', ['chie'], false],
    // Spanish MUERE is a conjugated form, not an infinitive.
    ['es', 'muerete', ['muere'], false],
    // Two letters are too few to tell a form from another word; the term must be shorter than the entry.
    ['tr', 'amca', ['am'], false],
    ['tr', 'sik', ['sik'], false],
  ])('%s %s of %j: %s', (language, entry, blocked, expected) => {
    expect(isFormOfBlocked(entry, blocked, language)).toBe(expected);
  });

  it.each([
    ['tr', 'sikik'],
    ['tr', 'boku'],
    ['es', 'jodida'],
    ['de', 'mistkerl'],
  ])('%s blocks %s on every line', (language, word) => {
    expect(localBlockedWords(language)?.has(word)).toBe(true);
  });
});

describe('wordnetBlowVerbs: words that mean only a blow to someone', () => {
  const blows = new Set(wordnetBlowVerbs());
  it.each([
    ['slap', true],
    ['slaps', true],
    ['swat', true],
    ['pummel', true],
    // Another sense comes with them: a door's knock, a walkout, a drink, a touch, a faucet.
    ['knock', false],
    ['strike', false],
    ['punch', false],
    ['pat', false],
    ['tap', false],
  ])('%s: %s', (word, expected) => {
    expect(blows.has(word)).toBe(expected);
  });

  it('are distressing on a person\'s number', () => {
    expect(isDistressingWord('slap')).toBe(true);
    expect(spelled(`+1212543${toKeypadDigits('slap')}`).filter((text) => text.includes('SLAP'))).toEqual([]);
  });
});

describe('soundsProfane: a lone word heard as a profanity', () => {
  it('COME sounds as CUM, a word cuss rates sure profanity; HOME sounds as nothing profane', () => {
    const sounds = soundsProfane(['come', 'home', 'cum']);
    expect(sounds.has('come')).toBe(true);
    expect(sounds.has('home')).toBe(false);
    // The profanity itself is blocked elsewhere; this is about the innocent spelling.
    expect(sounds.has('cum')).toBe(false);
  });

  it('a lone COME beside digits is not offered on a person\'s number', () => {
    expect(standsAlone({ word: 'COME', language: 'en' } as Parameters<typeof standsAlone>[0])).toBe(false);
    expect(spelled(`+1212543${toKeypadDigits('come')}`).filter((text) => /-COME$/.test(text))).toEqual([]);
  });
});
