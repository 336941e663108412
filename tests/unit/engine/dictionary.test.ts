import { describe, expect, it } from 'vitest';
import { getDictionary, indexHoldsWord } from '../../../amplify/engine/dictionary';
import { WORD_INDEX } from '../../../amplify/engine/word-index.generated';
import { keyedLines } from '../../../amplify/engine/index-format';
import { LANGUAGE_WORDS } from '../../../amplify/engine/words/languages.generated';

describe('getDictionary().lookup', () => {
  const { lookup } = getDictionary();

  it.each([
    ['a whole word', '3569377', 'FLOWERS', undefined],
    ['a word cut by its last letter', '6288737', 'MATTRES', 'MATTRESS'],
    ['a short key', '4663', 'GOOD', undefined],
  ])('finds %s: %s spells %s', (_kind, digits, word, fullWord) => {
    const entry = lookup(digits).entries.find((candidate) => candidate.word === word);
    expect(entry).toBeDefined();
    expect(entry?.fullWord).toBe(fullWord);
    expect(entry?.zipf).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['digits that start longer words', '356', true],
    ['a short key that longer keys extend (4663: GOOD, GOODS...)', '4663', true],
    ['0 and 1, which no letter dials', '10', false],
    ['a prefix of no word', '99999', false],
  ])('says whether longer keys extend %s (%s)', (_kind, digits, extendable) => {
    expect(lookup(digits).extendable).toBe(extendable);
  });

  it('answers a repeated lookup the same way', () => {
    for (const digits of ['22', '228', '2283', '22837', '228378']) expect(lookup(digits)).toEqual(lookup(digits));
  });
});

/** What the sorted key list says about `digits`: its line's first word, and whether a longer key starts with them. */
function expected(keys: readonly string[], words: readonly string[], digits: string): { first?: string; extendable: boolean } {
  const index = keys.indexOf(digits);
  return {
    ...(index >= 0 ? { first: words[index] } : {}),
    extendable: keys.some((key) => key.length > digits.length && key.startsWith(digits)),
  };
}

describe('the key trie agrees with the sorted index it is built from', () => {
  // Germany's numbers read German first: its own index, then English discounted.
  it.each([
    ['English', undefined, keyedLines(WORD_INDEX)],
    ['German', 'AT', keyedLines(LANGUAGE_WORDS.de?.words ?? '')],
  ])('%s: every key, and every key with a digit more or less, answers as the sorted lines do', (_language, country, lines) => {
    const keys = lines.map((line) => line.slice(0, line.indexOf(' ')));
    const words = lines.map((line) => (line.split(' ')[1] ?? '').split('+')[0]?.toUpperCase() ?? '');
    const { lookup } = getDictionary(country);
    // A sample spread over the whole index, so blocks are built from the middle of their runs too.
    const probes = keys.filter((_key, index) => index % 97 === 0).flatMap((key) => [key, key.slice(0, -1), `${key}2`, `${key}9`]);
    for (const digits of probes) {
      const want = expected(keys, words, digits);
      const match = lookup(digits);
      // A merged dictionary may also extend through its English words; alone, English must agree exactly.
      if (country === undefined) expect({ digits, extendable: match.extendable }).toEqual({ digits, extendable: want.extendable });
      else if (want.extendable) expect({ digits, extendable: match.extendable }).toEqual({ digits, extendable: true });
      if (want.first !== undefined) expect(match.entries.map((entry) => entry.word)).toContain(want.first);
    }
  });
});

/** Every whole word of an index text, upper case (a cut word's fields hold a +). */
function wholeWords(text: string): string[] {
  return keyedLines(text).flatMap((line) => line.split(' ').filter((field, index) => index % 2 === 1 && !field.includes('+')).map((field) => field.toUpperCase()));
}

describe('indexHoldsWord', () => {
  // Asked in the index's own order, the English words grow the trie while it is read (the grown arrays must be the ones read).
  it.each(['da', 'es'])('%s: holds every word of its index and, of the English index, exactly those its index holds', (language) => {
    const own = new Set(wholeWords(LANGUAGE_WORDS[language]?.words ?? ''));
    expect(own.size).toBeGreaterThan(5_000);
    for (const word of own) expect({ word, held: indexHoldsWord(language, word) }).toEqual({ word, held: true });
    for (const word of wholeWords(WORD_INDEX)) if (indexHoldsWord(language, word) !== own.has(word)) expect({ word, held: indexHoldsWord(language, word) }).toEqual({ word, held: own.has(word) });
  });

  it.each([
    ['a letter no key dials', 'TAXİ'],
    ['a single letter (no index keys one digit)', 'A'],
    ['a word of no language', 'QQQQ'],
  ])('refuses %s: %s', (_kind, word) => {
    expect(indexHoldsWord('es', word)).toBe(false);
  });
});
