import { describe, expect, it } from 'vitest';
import { getDictionary } from '../../../amplify/engine/dictionary';

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
