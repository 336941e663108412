import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import type { WordEntry } from '../../../amplify/engine/dictionary';
import { LOCAL_FLOOR, passesLocalFloor } from '../../../amplify/engine/local-language-floor';

/** A local index's word as the dictionary reads it: no classes, the Zipf of its list after the country's offset. */
const local = (word: string, zipf: number, language = 'fr'): WordEntry => ({ word, zipf, familiarity: 'common', classes: 0, primary: 0, language });
const english = (word: string, zipf: number): WordEntry => ({ word, zipf, familiarity: 'common', classes: 1, primary: 1, language: 'en' });

describe('passesLocalFloor: local-language words on a person\'s own number', () => {
  it.each<[string, WordEntry[], boolean]>([
    ['a content word of its list', [local('MAISON', 4.99)], true],
    ['a lone four-letter word', [local('RAUM', 4.2, 'de')], true],
    ['a chain of four-letter words', [local('ZONE', 4.1, 'de'), local('HALS', 4.0, 'de')], true],
    ['a function word of two letters in a chain', [local('DONC', 5.2), local('VA', 5.5)], false],
    ['two-letter words before a noun', [local('ZU', 6, 'de'), local('ZEIT', 5.5, 'de')], false],
    ['a chain of three-letter words', [local('RIZ', 3.9), local('NUL', 4.3)], false],
    ['a three-letter word in a chain', [local('NAD', 4.5, 'pl'), local('DALO', 3.6, 'pl')], false],
    ['a chain that runs into one word (BON-JOUR)', [local('BON', 5.4), local('JOUR', 5.3)], true],
    ['a second-rank language below the floor after its discount (Jersey)', [local('AVEZ', 5.2 - 2)], false],
    ['a long second-rank word above the long-word floor', [local('MONTRE', 4.9 - 2)], true],
    ['an English interjection in the list (English says it ten times as often)', [local('WHOA', 3.71, 'hu')], false],
    ['a film first name English keeps as rare and says as often', [local('JOEY', 4.13, 'sv')], false],
    ['a word English borrows and calls a name (MERCI)', [local('MERCI', 3.4)], true],
    ['English words are the English floor\'s to judge', [english('GO', 6), english('TO', 7)], true],
    ['a lone function word (WENN)', [local('WENN', 5.6, 'de')], false],
    ['a lone function word (OGNI)', [local('OGNI', 5.2, 'it')], false],
    ['a chain closed by a function word', [local('ZEIT', 5.5, 'de'), local('AUCH', 6, 'de')], false],
    ['a function word opening a chain', [local('AUCH', 6, 'de'), local('ZEIT', 5.5, 'de')], true],
    ['a content word stopwords-iso holds (GRAZIE)', [local('GRAZIE', 5.9, 'it')], true],
    ['an everyday word a native list rates as profanity (IMBECIL)', [local('IMBECIL', 4.5, 'pt')], false],
    ['an everyday word a native list rates as maybe profanity (MACACO, FECI)', [local('MACACO', 4.3, 'pt')], false],
    ['an Italian everyday word a native list rates as maybe profanity (FECI)', [local('FECI', 4.5, 'it')], false],
    ['an everyday insult an unrated native list holds (German TROTTEL)', [local('TROTTEL', 4.2, 'de')], false],
    // SIKIK, a form of a blocked word, is blocked on every line since stop 23 and never reaches the floor.
    ['an everyday vulgar word an unrated native list holds (Turkish KOYAYIM)', [local('KOYAYIM', 4.0, 'tr')], false],
    ['a lone conjugated verb form (LEGT)', [local('LEGT', 4.3, 'de')], false],
    ['a lone conjugated verb form (LEYO)', [local('LEYO', 4.2, 'es')], false],
    ['a lone noun\'s plural (BLUMEN)', [local('BLUMEN', 4.5, 'de')], true],
    ['a verb\'s infinitive (LESEN)', [local('LESEN', 4.6, 'de')], true],
  ])('%s', (_, words, expected) => {
    expect(passesLocalFloor(words)).toBe(expected);
  });

  it('keeps its lengths in order: a chain asks more than a lone word', () => {
    expect(LOCAL_FLOOR.minChainWordLength).toBeGreaterThan(LOCAL_FLOOR.minWordLength);
  });
});

// Stop 22: a local word spelled as an English illness or unwanted thing is mostly the loanword itself (VIRUS),
// and AIDS names the disease in every language's distress list: no person's local number offers them.
describe('loanwords of distress on a person\'s local number (stop 22)', () => {
  it.each([
    ['+351213452437', 'AIDS'],
    ['+48223452437', 'AIDS'],
    ['+351225984787', 'VIRUS'],
    ['+39068984787', 'VIRUS'],
  ])('%s offers no %s', (number, word) => {
    expect(generateVanityNumbers(number).vanityNumbers.some((text) => text.includes(word))).toBe(false);
  });
});
