import type { WordEntry } from './dictionary';
import { CONCRETE_NOUNS, PLAIN_WORDS, POSITIVE_WORDS, RESTORED_NOUNS, UNWANTED_NOUNS } from './taste-words.generated';
import { lazyWordSet } from './word-set';

/**
 * How a lone word on a person's own number ranks against another that dials the same number, by what a
 * demanding reader called good: read blind (1,291 ratings of a lone word over nine rounds, stop 19 of
 * docs/engine-history.md), among the words that stand alone a word the sentiment lexicons rate positive
 * (HOPE, CARE) was good for 82 % of the ratings and a singular noun naming a physical thing (LEMON, DRUM,
 * WINE) for 62 %, while a plural (LAPS, DESKS) was good for 39 % and a noun whose first sense is a body
 * part, person, group, amount, time, act, event, possession or relation (FOOT, KNEE, ARMY, LOTS, YEAR)
 * for 34 %. The demanding readers rated the last two "ok", not junk: they are still offered where nothing
 * better fits, only ranked below a vivid word.
 */
export const WORD_TASTE = {
  /** What a vivid word (positive, or a physical thing) earns: about a kept digit and a half. */
  vivid: 0.8,
  /** What a plain word (a plural or a bland noun) loses: less, as readers rated it "ok" about as often as an unclassed word. */
  plain: 0.3,
} as const;

const isConcrete = lazyWordSet(() => CONCRETE_NOUNS.split(' '));
const isPositive = lazyWordSet(() => POSITIVE_WORDS.split(' '));
const isPlain = lazyWordSet(() => PLAIN_WORDS.split(' '));

/**
 * Whether a lower-case English word is a noun naming a physical thing that wink-lexicon lacks (HAWK, CRAB,
 * DIAL, WAND, HARP, TAXI), heard often enough and of no unwanted kind (see local/cli/taste-words-builder.ts).
 * It stands alone on a person's number (see lone-word.ts) but earns no taste bonus: read blind, such nouns
 * were good less often (39 %) than a tagged word of any taste.
 */
export const isRestoredNoun: (word: string) => boolean = lazyWordSet(() => RESTORED_NOUNS.split(' '));

/** The word as said, lower case: a word cut short is heard whole. */
function heard(word: WordEntry): string {
  return (word.fullWord ?? word.word).toLowerCase();
}

/** What a lone English word adds to a person's number's spelling (see WORD_TASTE); the lists hold only words that stand alone (see lone-word.ts). */
export function tasteBonus(word: WordEntry): number {
  if (word.language !== 'en') return 0;
  const said = heard(word);
  if (isPositive(said) || isConcrete(said)) return WORD_TASTE.vivid;
  return isPlain(said) ? -WORD_TASTE.plain : 0;
}

/**
 * Whether a lower-case English word is a noun whose main meaning is of a kind no one wants on their own
 * number (a prison, a germ, waste, a weapon, a funeral: JAIL, VIRUS, TRASH, SWORD; see UNWANTED_KINDS in
 * local/cli/taste-words-builder.ts): it does not stand alone there (see lone-word.ts), though wink-lexicon
 * tags it. Read blind, 1-480-626-JAIL and 1-412-42-VIRUS were junk.
 */
export const isUnwantedNoun: (word: string) => boolean = lazyWordSet(() => UNWANTED_NOUNS.split(' '));
