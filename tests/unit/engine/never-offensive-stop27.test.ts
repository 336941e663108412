import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { wordnetCorpseTerms, wordnetDrunkenTerms, wordnetIntimateBodyTerms, wordnetUndressedTerms } from '../../../local/cli/wordnet-offensive';

/** Every letter of a number's top-five candidates, run together, upper case. */
function spelled(number: string): string[] {
  return generateVanityNumbers(number).vanityNumbers.map((text) => text.replace(/[^A-Z]/g, ''));
}

/** A number of `prefix` whose last digits spell `letters`, padded in front with a digit to `digits` digits. */
function ending(prefix: string, letters: string, digits: number, pad = '5'): string {
  return prefix + toKeypadDigits(letters).padStart(digits, pad);
}

describe('stop 27: WordNet kinds an adversarial hunt found offered', () => {
  it('drunkenness: adjectives whose first sense is "intoxicated" or similar to it, and drunks, not participles heard as their verb', () => {
    const terms = new Set(wordnetDrunkenTerms());
    for (const word of ['tipsy', 'sloshed', 'blotto', 'sozzled', 'wino', 'winos', 'drunkard', 'drunken']) expect(terms.has(word)).toBe(true);
    // PLASTERED and HIGH mean hair and height first; SOAKED, SMASHED and RIPPED are heard as their verbs.
    for (const word of ['plastered', 'high', 'soaked', 'smashed', 'ripped', 'loaded', 'tight']) expect(terms.has(word)).toBe(false);
  });

  it('undressed: adjectives only (not BARE, also a verb, nor NUDE, first a painting) and the verbs that mean to undress', () => {
    const terms = new Set(wordnetUndressedTerms());
    for (const word of ['naked', 'starkers', 'undress', 'disrobe', 'undresses']) expect(terms.has(word)).toBe(true);
    for (const word of ['bare', 'nude', 'strip', 'peeled', 'uncovered']) expect(terms.has(word)).toBe(false);
  });

  it('an everyday part of the body that is also an intimate one, not a thing or a food first (BALL, NUT, EGG)', () => {
    const terms = new Set(wordnetIntimateBodyTerms());
    expect(terms.has('breast')).toBe(true);
    expect(terms.has('breasts')).toBe(true);
    for (const word of ['ball', 'nut', 'egg', 'bush', 'chest', 'tail']) expect(terms.has(word)).toBe(false);
  });

  it('what holds a corpse, by its first gloss', () => {
    const terms = new Set(wordnetCorpseTerms());
    for (const word of ['coffin', 'morgue', 'cadaver']) expect(terms.has(word)).toBe(true);
    for (const word of ['bag', 'body', 'box', 'bodybag']) expect(terms.has(word)).toBe(false);
    // Phrases of several words, run together: the engine hears them across two words side by side.
    expect(wordnetCorpseTerms(true)).toContain('bodybag');
    expect(wordnetCorpseTerms(true)).not.toContain('coffin');
  });

  it.each([
    // Drunkenness: on no line.
    ['tipsy', 'TIPSY', ['+1212', '+1800']],
    ['sloshed', 'SLOSHED', ['+1212', '+1800']],
    ['winos', 'WINOS', ['+1212', '+1800']],
    // Undressed, an intimate part, a corpse: not on a person's own number.
    ['naked', 'NAKED', ['+1212']],
    ['undress', 'UNDRESS', ['+1212']],
    ['breasts', 'BREASTS', ['+1212']],
    ['bodybag', 'BODYBAG', ['+1212']],
    // Named by hand (OFFENSIVE_ENGLISH), as no installed source marks them: on no line.
    ['nutjobs', 'NUTJOBS', ['+1212', '+1800']],
    ['7gohang', 'GOHANG', ['+1212', '+1800']],
    ['forking', 'FORKING', ['+1212', '+1800']],
  ])('a number ending in %s offers no %s', (letters, word, prefixes) => {
    for (const prefix of prefixes) {
      for (const pad of ['5', '0']) expect(spelled(ending(prefix, letters, 7, pad)).filter((text) => text.includes(word))).toEqual([]);
    }
  });
});

describe('stop 27: local words the hunt found offered, which no installed source marks', () => {
  it.each([
    ['+361', 7, 'reszeg', 'RESZEG'],
    ['+3120', 7, 'borsten', 'BORSTEN'],
    ['+3120', 7, 'dronken', 'DRONKEN'],
    ['+4822', 7, 'piersi', 'PIERSI'],
    ['+90212', 7, 'sarhos', 'SARHOS'],
    ['+472', 7, 'knull', 'KNULL'],
    ['+4202', 8, 'blbec', 'BLBEC'],
    ['+3589', 7, 'alasti', 'ALASTI'],
  ] as const)('%s number ending in %s offers no %s', (prefix, digits, letters, word) => {
    for (const pad of ['5', '0']) expect(spelled(ending(prefix, letters, digits, pad)).filter((text) => text.includes(word))).toEqual([]);
  });
});
