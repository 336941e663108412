import { describe, expect, it } from 'vitest';
import type { VanityPart } from '../../../../amplify/engine';
import { commonWords, varietyOf } from '../../../../local/eval/common-words';
import { everydayScore, spokenWords } from '../../../../local/eval/everyday-score';

describe('commonWords (SCOWL <= 35)', () => {
  it.each([
    ['flowers', 'american', true],
    ['junk', 'american', true],
    ['color', 'american', true],
    ['colour', 'british', true],
    ['colour', 'american', false],
    // First names, abbreviations, interjections and obscure words are not common words.
    ['davy', 'american', false],
    ['ted', 'american', false],
    ['tex', 'british', false],
    ['nah', 'australian', false],
    ['tali', 'american', false],
  ] as const)('%s for %s English: %s', (word, variety, expected) => {
    expect(commonWords(variety).has(word)).toBe(expected);
  });
});

describe('varietyOf', () => {
  it.each([
    ['US', '1', 'american'],
    ['CA', '1', 'canadian'],
    ['GB', '44', 'british'],
    [undefined, '44', 'british'],
    [undefined, '61', 'australian'],
    ['DE', '49', 'american'],
  ] as const)('%s +%s: %s', (country, callingCode, expected) => {
    expect(varietyOf(country, callingCode)).toBe(expected);
  });
});

describe('spokenWords', () => {
  it('reads the words a caller hears, a cut word whole', () => {
    const parts: VanityPart[] = [
      { text: '1', digits: '1', isWord: false },
      { text: 'GOT', digits: '468', isWord: true },
      { text: 'MATTRES', digits: '6288737', isWord: true, fullWord: 'MATTRESS' },
    ];
    expect(spokenWords(parts)).toEqual(['got', 'mattress']);
  });
});

describe('everydayScore', () => {
  it('counts every number once: no word, all common, or neither', () => {
    const score = everydayScore(200, 3);
    expect(score.numbers).toBe(200);
    const byVariety = Object.values(score.byVariety);
    expect(byVariety.reduce((sum, c) => sum + c.numbers, 0)).toBe(200);
    expect(byVariety.reduce((sum, c) => sum + c.allCommon, 0)).toBe(score.allCommon);
    expect(score.noWord + score.allCommon).toBeLessThanOrEqual(200);
    expect(score.uncommonExamples.length).toBeLessThanOrEqual(3);
  });
});
