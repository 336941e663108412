import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { englishBlockedTerms } from '../../../amplify/engine/english-blocked-words';
import { comparativeEnglishTerms } from '../../../local/cli/english-comparatives';
import { regularFormsOfBlocked } from '../../../local/cli/local-word-forms';

/** Every candidate of a number, as written. */
function spelled(number: string): string[] {
  return generateVanityNumbers(number, { limit: 10 }).vanityNumbers;
}

describe('regularFormsOfBlocked: the regular forms of a blocked local word (stop 26)', () => {
  it('finds a plural and a verb stem, its -T form and its participle', () => {
    const ranked = ['neuken', 'hoer', 'hoeren', 'neuk', 'neukt', 'geneukt'];
    expect(regularFormsOfBlocked('nl', new Set(['hoer', 'neuken']), ranked)).toEqual(['geneukt', 'hoeren', 'neuk', 'neukt']);
  });

  it('keeps a form the subtitles say more often than its blocked word (a word of its own), or whose word they never say', () => {
    // German VOGEL, a bird, of vogeln; Dutch VINGER, a finger, of vingeren (not in the index at all).
    expect(regularFormsOfBlocked('de', new Set(['vogeln']), ['vogel', 'vogeln'])).toEqual([]);
    expect(regularFormsOfBlocked('nl', new Set(['vingeren']), ['vinger'])).toEqual([]);
  });

  it('keeps a word the dictionary spells as its own, not made from the blocked word', () => {
    // Danish SAEDE is a seat, no form of SAED; German MISTER is no plural of MIST.
    expect(regularFormsOfBlocked('da', new Set(['saed']), ['saed', 'saede'])).toEqual([]);
    expect(regularFormsOfBlocked('de', new Set(['mist']), ['mist', 'mister'])).toEqual([]);
  });

  it('reads no ending in a language without a table, nor for a term under four letters', () => {
    expect(regularFormsOfBlocked('fi', new Set(['vittu']), ['vittu', 'vittuja'])).toEqual([]);
    expect(regularFormsOfBlocked('da', new Set(['pik']), ['pik', 'pikke'])).toEqual([]);
  });
});

describe('no number offers a form of a blocked word, nor a sister language\'s slur (stop 26)', () => {
  it.each([
    ['+31206463736', /HOEREN/],
    ['+31204966385', /NEUK/],
    ['+318004966385', /NEUK/],
    ['+4536363437', /NEGER/],
    ['+4728563437', /NEGER/],
  ])('%s offers no %s', (number, word) => {
    expect(spelled(number).filter((candidate) => word.test(candidate))).toEqual([]);
  });
});

describe('comparativeEnglishTerms: the comparatives of the blocked English adjectives (stop 26)', () => {
  it('compares an adjective the dictionary compares, never a noun that takes -er as an agent', () => {
    const forms = comparativeEnglishTerms(new Set(['dead', 'dirty', 'butt', 'kill']));
    expect(forms).toEqual(expect.arrayContaining(['deader', 'deadest', 'dirtier', 'dirtiest']));
    expect(forms).not.toContain('butter');
    expect(forms).not.toContain('killer');
  });

  it('is blocked on every line', () => {
    expect(englishBlockedTerms().has('deader')).toBe(true);
    expect(spelled('+18003323371').filter((candidate) => /DEADER/.test(candidate))).toEqual([]);
  });
});
