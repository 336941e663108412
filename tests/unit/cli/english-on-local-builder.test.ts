import { describe, expect, it } from 'vitest';
import { accentsOf, englishOnlyWords, foldedSpellerOf, OWN_BY_FREQUENCY } from '../../../local/cli/english-on-local-builder';

// A stand-in dictionary: the words it knows as written, with accents.
const written = ['señor', 'café', 'Hotel', 'taxi', 'taxis', 'straße', 'été', 'pizza'];
const spell = { correct: (word: string) => written.includes(word) };
const speller = foldedSpellerOf(spell, accentsOf(`8\n${written.join('\n')}\n`));

describe('foldedSpellerOf', () => {
  it.each([
    { folded: 'senor', known: true },
    { folded: 'cafe', known: true },
    { folded: 'hotel', known: true }, // written capitalised, as German writes nouns
    { folded: 'strasse', known: true }, // ss folds ß
    { folded: 'ete', known: true }, // two accents
    { folded: 'taxis', known: true },
    { folded: 'girl', known: false },
    { folded: 'mind', known: false },
  ])('$folded known: $known', ({ folded, known }) => {
    expect(speller.knows(folded)).toBe(known);
  });
});

describe('englishOnlyWords', () => {
  const english = new Set(['girl', 'take', 'potter', 'taxi', 'internet', 'hotel', 'dias']);
  // Twenty English-only words besides, so the list is long enough to count (a dictionary that tells words apart).
  const filler = Array.from({ length: 20 }, (_, i) => `zz${String.fromCharCode(97 + i)}x`);
  for (const word of filler) english.add(word);
  const index = new Map<string, number>([
    ['girl', 3.6], ['take', 3.5], ['potter', 3.4], ['taxi', 4.3], ['internet', 4.09], ['hotel', 4.5], ['casa', 5.2], ['ok', 5],
    ...filler.map((word): [string, number] => [word, 3]),
  ]);
  it('lists English the dictionary does not know and the subtitles say under the bar', () => {
    const words = englishOnlyWords(index, english, () => speller) ?? [];
    expect(words.filter((word) => !filler.includes(word))).toEqual(['girl', 'potter', 'take']);
    expect(OWN_BY_FREQUENCY).toBe(4);
  });
  it('tells nothing where the dictionary knows nearly every word', () => {
    expect(englishOnlyWords(index, english, () => ({ knows: () => true }))).toBeUndefined();
  });
});
