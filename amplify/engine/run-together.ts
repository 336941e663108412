import type { Dictionary, WordEntry } from './dictionary';
import { toKeypadDigits } from './keypad';
import { isUnwelcome } from './line-phrases';
import { MIN_COMPOUND_ZIPF, collocatesOf } from './phrase';
import { SCORING, wordScore } from './scoring';
import type { Spelling } from './search';
import { WORD_CLASS } from './word-tags';

/**
 * Rules for two everyday words WordNet lists as one entry, run together and cut by the number's end
 * (1-800-HEALTHCA(RE), 1-888-HAPPYHO(UR)): the first word keeps `minFirstLetters`, the second `minStem` and
 * loses at most `maxLost` and no more than it keeps, so most of the phrase is dialled.
 */
const RUN_TOGETHER = { minFirstLetters: 3, minStem: 2, maxLost: 3 } as const;

/**
 * A business's line filled by a pair WordNet lists as one entry (HEALTH CARE, FIRST AID, OPEN HOUSE),
 * both words said every day, written run together as advertisers print it, its last letters past the number
 * (1-800-HEALTHCA(RE)): the exchange ignores them, and the caller, told the phrase, dials it whole. The search
 * closes a phrase only on a word cut by one letter with a stem of three or more (see phraseClosers), so a
 * second word cut by two or three, or to a stem of two, was never offered. Said as one word, the pair scores
 * as one long word cut short that fills the number, less what a pair grammar alone makes costs (see
 * SCORING.unprovenPair): WordNet lists rare compounds (BODY LENGTH, KING COBRA) as readily as the ones a
 * business prints, so such a line is most often an option after the number's answer. Only the entry vouches for
 * the stub: a pair WordNet lacks (BACK-PAI(N)) is not built, nor a verb and its particle (MOUTH OFF, BLINK
 * AWAY): the second word is a noun, as in the compounds advertisers print.
 */
export function runTogetherSpellings(digits: string, dictionary: Dictionary): Spelling[] {
  const n = digits.length;
  const spellings: Spelling[] = [];
  for (let split = RUN_TOGETHER.minFirstLetters; n - split >= RUN_TOGETHER.minStem; split++) {
    const { entries, extendable } = dictionary.lookup(digits.slice(0, split));
    const stem = digits.slice(split);
    for (const first of entries) {
      if (!isEverydayPart(first)) continue;
      for (const collocate of collocatesOf(first)) {
        const lost = collocate.length - stem.length;
        if (lost < 1 || lost > RUN_TOGETHER.maxLost || lost > stem.length || !/^[a-z]+$/.test(collocate)) continue;
        const keys = toKeypadDigits(collocate.toUpperCase());
        if (!keys.startsWith(stem)) continue;
        const second = dictionary.lookup(keys).entries.find((entry) => entry.word === collocate.toUpperCase() && isEverydayPart(entry) && (entry.primary & WORD_CLASS.noun) !== 0);
        if (!second) continue;
        spellings.push(runTogether(first, second, n, lost));
      }
    }
    if (!extendable) break;
  }
  return spellings;
}

/** An English word said every day, whole, not unwelcome on a business's line (see isUnwelcome). */
function isEverydayPart(word: WordEntry): boolean {
  return word.language === 'en' && word.fullWord === undefined && word.familiarity === 'common' && word.zipf >= MIN_COMPOUND_ZIPF && word.classes !== 0 && !isUnwelcome(word);
}

/** The pair as one word of `n` letters, `lost` more heard past the number's end: a noun, as WordNet's entries are. */
function runTogether(first: WordEntry, second: WordEntry, n: number, lost: number): Spelling {
  const whole = first.word + second.word;
  const zipf = Math.min(first.zipf, second.zipf);
  const word: WordEntry = { word: whole.slice(0, n), fullWord: whole, zipf, familiarity: 'common', classes: WORD_CLASS.noun, primary: WORD_CLASS.noun, language: 'en' };
  const score = wordScore(n, zipf, lost) + SCORING.fill - SCORING.unprovenPair;
  return { score, head: { start: 0, end: n, word }, next: undefined, words: 1, cut: true, language: 'en', builtApart: true };
}

