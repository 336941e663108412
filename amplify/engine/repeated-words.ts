import type { Dictionary, WordEntry } from './dictionary';
import { saysTwice } from './phrase-units';
import { SCORING, wordScore } from './scoring';
import type { Spelling } from './search';

/** Rules for a word said on through the number (see repeatedWordSpellings). */
const REPEATED_WORD = {
  /** Times the word is said whole before the number's end cuts it: twice at least, a chant, not a stub. */
  minWhole: 2,
} as const;

/**
 * A business's line that says one everyday word over and over until its digits run out (1-800-HUT-HUT-H(UT),
 * as a team's chant is printed), the last saying cut by the number's end as advertisers print the whole and
 * the exchange ignores the letters past the number. The search reads HUT-HUT-H as two words and a stub of one
 * letter, which it never keeps, so these are built here; a word said twice that fills the number exactly
 * (1300-HUT-HUT) is the search's (see saysTwice). Only where a phrase may end cut short (`digits` of such a
 * line): the word is one saysTwice takes, its keys repeating through every digit, said whole
 * REPEATED_WORD.minWhole times or more. Scored as one word of all the letters said, the letters cut charged
 * (see SCORING.cutLetter), filling the number, less an unproven pair's cost: no list the build reads tells a
 * chant from a stutter, so a reading a list vouches for ranks above it.
 */
export function repeatedWordSpellings(digits: string, dictionary: Dictionary): Spelling[] {
  const n = digits.length;
  const spellings: Spelling[] = [];
  for (let letters = 3; letters * REPEATED_WORD.minWhole < n; letters++) {
    const key = digits.slice(0, letters);
    let repeats = true;
    for (let position = letters; position < n && repeats; position++) repeats = digits[position] === key[position % letters];
    if (!repeats || n % letters === 0) continue;
    for (const word of dictionary.lookup(key).entries) {
      if (word.language === 'en' && saysTwice(word, word)) spellings.push(saidOn(word, n));
    }
  }
  return spellings;
}

function saidOn(word: WordEntry, n: number): Spelling {
  const letters = word.word.length;
  const kept = n % letters;
  const lost = letters - kept;
  const score = wordScore(n, word.zipf, lost) + SCORING.fill - SCORING.unprovenPair;
  const stub: WordEntry = { ...word, word: word.word.slice(0, kept), fullWord: word.word };
  let spelling: Spelling = { score, head: { start: n - kept, end: n, word: stub }, next: undefined, words: 1, cut: true, language: word.language, builtApart: true };
  for (let start = n - kept - letters; start >= 0; start -= letters) {
    spelling = { score, head: { start, end: start + letters, word }, next: spelling, words: spelling.words + 1, cut: true, language: word.language, builtApart: true };
  }
  return spelling;
}
