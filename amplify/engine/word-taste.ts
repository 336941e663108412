import { heardWord, type WordEntry } from './dictionary';
import { ABOVE_FLOOR_WORDS, POSITIVE_WORDS, RESTORED_NOUNS, UNWANTED_NOUNS } from './taste-words.generated';
import { lazyWordSet } from './word-set';

/**
 * How a lone word on a person's own number ranks against another that dials the same number. Read blind
 * (1,291 ratings of a lone word over nine rounds, stop 19 of docs/engine-history.md), among the words that
 * stand alone a word the sentiment lexicons rate positive (HOPE, CARE, LUCKY) was good for 82 % of the
 * ratings, 75 % for the demanding readers, against 62 % at most for any other kind. A bonus for nouns naming a physical
 * thing and a charge on plurals and bland nouns, which the same ratings also suggested, were tried and
 * dropped: two fresh blind readers preferred DEAL to DECK, BLUES to ALTER and CLUBS to ALTAR, the swaps
 * they made.
 */
export const WORD_TASTE = {
  /** What a positive word earns: about a kept digit and a half. */
  positive: 0.8,
} as const;

const isPositive = lazyWordSet(() => POSITIVE_WORDS.split(' '));
const isAboveFloor = lazyWordSet(() => ABOVE_FLOOR_WORDS.split(' '));

/**
 * Whether a lower-case English word that stands alone is offered alone on a person's own number: a word
 * the sentiment lexicons rate positive, or one heard often enough, counting nature up and body parts and
 * possessions down (see TASTE.floor in local/cli/taste-words-builder.ts). Read blind over eleven rounds
 * (1,528 ratings, docs/engine-history.md, stop 20), the demanding readers called the words below the
 * floor good about one time in five (LAPS, DESKS, KNEE, TOLL, CORK); the caller hears "no words fit"
 * instead, as the quality floor wants, rather than a word a person would not pick.
 */
export function passesTasteFloor(word: string): boolean {
  return isPositive(word) || isAboveFloor(word);
}

/**
 * Whether a lower-case English word is a noun naming a physical thing that wink-lexicon lacks (HAWK, CRAB,
 * DIAL, WAND, HARP, TAXI), heard often enough and of no unwanted kind (see local/cli/taste-words-builder.ts).
 * It stands alone on a person's number (see lone-word.ts) but earns no taste bonus: read blind, such nouns
 * were good less often (39 %) than a tagged word of any taste.
 */
export const isRestoredNoun: (word: string) => boolean = lazyWordSet(() => RESTORED_NOUNS.split(' '));

/** What a lone English word adds to a person's number's spelling (see WORD_TASTE); the lists hold only words that stand alone (see lone-word.ts). */
export function tasteBonus(word: WordEntry): number {
  if (word.language !== 'en') return 0;
  return isPositive(heardWord(word)) ? WORD_TASTE.positive : 0;
}

/**
 * Whether a lower-case English word is a noun whose main meaning is of a kind no one wants on their own
 * number (a prison, a germ, waste, a weapon, a funeral: JAIL, VIRUS, TRASH, SWORD; see UNWANTED_KINDS in
 * local/cli/taste-words-builder.ts): it does not stand alone there (see lone-word.ts), though wink-lexicon
 * tags it. Read blind, 1-480-626-JAIL and 1-412-42-VIRUS were junk.
 */
export const isUnwantedNoun: (word: string) => boolean = lazyWordSet(() => UNWANTED_NOUNS.split(' '));
