import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { getDictionary } from '../../../amplify/engine/dictionary';
import { lemmaZipf } from '../../../amplify/engine/plural-familiarity';

function entry(word: string, country?: string) {
  const found = getDictionary(country).lookup(toKeypadDigits(word)).entries.find((candidate) => candidate.word === word && candidate.fullWord === undefined);
  if (!found) throw new Error(`no entry for ${word}`);
  return found;
}

describe('lemmaZipf: a plural of a noun is as familiar as its noun', () => {
  it.each([
    ['VETS', 3.7],
    ['DOCS', 3.5],
    ['VANS', 3.3],
  ])('%s counts with its singular (above %s)', (word, atLeast) => {
    const plural = entry(word);
    expect(plural.zipf).toBeLessThan(atLeast);
    expect(lemmaZipf(plural)).toBeGreaterThan(atLeast);
  });

  it.each(['BOSS', 'LEVEE', 'VET', 'THUS'])('%s keeps its own Zipf (no plural of a noun)', (word) => {
    const own = entry(word);
    expect(lemmaZipf(own)).toBe(own.zipf);
  });

  it('keeps the offset a country gives English words', () => {
    const plain = entry('VETS');
    const offset = entry('VETS', 'DE');
    expect(lemmaZipf(offset) - offset.zipf).toBeCloseTo(lemmaZipf(plain) - plain.zipf, 6);
  });
});

describe('a business names its service in the plural beside its digits', () => {
  it.each([
    ['+18772228387', '1-877-222-VETS'],
    ['+18004348387', '1-800-434-VETS'],
  ])('%s offers %s', (number, text) => {
    expect(generateVanityNumbers(number).vanityNumbers).toContain(text);
  });

  it('a person\'s number keeps the strict floor: 1-212-222-8387 is not offered VETS', () => {
    expect(generateVanityNumbers('+12122228387').vanityNumbers.filter((text) => text.includes('VETS'))).toEqual([]);
  });
});
