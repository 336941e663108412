import { grimWords } from './distress-words';
import { intimateWords, sexualSlang } from './intimate-words';
import { isNegativeWord } from './negative-words';
import { SEXUALISING } from './offensive-phrases';
import { lazyWordSet } from './word-set';

/**
 * The everyday words no line offers, a business's toll-free line included, though the blocked lists keep them
 * for their plain sense: sex, sexuality, underwear and the toilet, and sexual slang (intimate-words.ts),
 * death, killing, violence and bodily waste (distress-words.ts) and crude words (see crudeWords). One
 * list for both checks: the judge rejects a spelling that holds one (see judgeSpelling), and
 * englishBlockedTerms reads them as it reads the lists' entries, next to each other, run together and across
 * splits too (PEE-ING, LES-BIAN).
 */
export function noLineWords(): string[] {
  return [...intimateWords(), ...sexualSlang(), ...grimWords(), ...crudeWords()];
}

/**
 * The sexualising words that AFINN-165 or VADER also rate negative (DIRTY, NASTY, SLUTTY; not HOT, WET or
 * STEAMY): both a phrase rule and the sentiment lexicons hear them as crude, so alone too they read as a sex
 * line's name (1-800-NASTY-24), and no line offers one, a business's included.
 */
export function crudeWords(): string[] {
  return SEXUALISING.filter((word) => isNegativeWord(word));
}

/** Whether an English word (lower case) is one of noLineWords. */
export const isOnNoLine: (word: string) => boolean = lazyWordSet(noLineWords);
