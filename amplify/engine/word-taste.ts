import { heardWord, type WordEntry } from './dictionary';
import { RESTORED_NOUNS, TASTE_LIFTS, UNWANTED_NOUNS, VIVID_WORDS } from './taste-words.generated';
import { SCORING } from './scoring';
import { lazyWordSet } from './word-set';

/**
 * Whether a lower-case English word is offered alone on a person's own number. It reaches the taste floor
 * (TASTE.floor in local/cli/taste-words-builder.ts, which lists no word below it): read blind, words below it
 * were good about one time in five (DESKS, KNEE, TOLL, CORK), so the caller hears "no words fit" instead,
 * unless the word is an everyday thing one can picture (LAVA, OVEN, ZEBRA: stop 23). And it is vivid
 * (stop 24): rated positive (KIND, SMILE, HERO), a colour (PINK, PURPLE), or heard as a noun naming
 * an animal, a thing, an event, a feeling, a food, a natural object, a person, weather, a plant or a substance
 * (LION, YACHT, WAVES, MANGO, MOON, KING, FROST, ROSES, SALT); see isVivid in local/cli/taste-words-builder.ts.
 * Read blind, readers call such words good and plain ones "ok" (HOUR, DESK, FORM, SAVE, TYPE, MAKE, AREA): a
 * person's number offers fewer options rather than a plain word. Since stop 25 such a word no lexicon rates
 * positive must be one a caller knows alone: a four-letter one heard often enough (not GONG, VEAL, HIND) and
 * heard as the noun (not POKE, JUMP): see isFamiliarAlone in the builder.
 */
export const isVividWord: (word: string) => boolean = lazyWordSet(() => VIVID_WORDS.split(' '));

let lifts: ReadonlyMap<string, number> | undefined;

/**
 * What a lone English word adds to a person's number's spelling: the part of its taste score that is not
 * its frequency (a positive word, nature, a body part or possession), and a Zipf step for a noun that names
 * a thing one can picture (LEAF, CAKE, WINE, SUIT: TASTE.picturableLift; see TASTE_LIFTS), at the weight a
 * Zipf step of frequency has in a word's score, so that two lone words that dial the same number rank by
 * taste. Read blind, readers preferred the warmer word where two fitted (BOLD to COLD, SUIT to QUIT), the
 * picturable noun to a frequent verb, adjective or abstract noun (stop 22: LEAD, ABLE, WIND, DEEP are "ok")
 * and the far more often heard one (DEAL to DECK, LIFE to SLIDE), which a word's score already counts: the
 * step is no larger, so DEAL still leads DECK.
 */
export function tasteBonus(word: WordEntry): number {
  if (word.language !== 'en') return 0;
  lifts ??= new Map(Object.entries(TASTE_LIFTS).flatMap(([lift, words]) => words.split(' ').map((entry): [string, number] => [entry, Number(lift)])));
  return (lifts.get(heardWord(word)) ?? 0) * SCORING.frequency;
}

/**
 * Whether a lower-case English word is a noun naming a physical thing that wink-lexicon lacks (HAWK, CRAB,
 * DIAL, WAND, HARP, TAXI), heard often enough and of no unwanted kind (see local/cli/taste-words-builder.ts).
 * It stands alone on a person's number (see lone-word.ts) where it reaches the taste floor like any other
 * word (few do: they are rarely heard).
 */
export const isRestoredNoun: (word: string) => boolean = lazyWordSet(() => RESTORED_NOUNS.split(' '));

/**
 * Whether a lower-case English word is a noun whose main meaning is of a kind no one wants on their own
 * number (a prison, a germ, waste, a weapon, a funeral: JAIL, VIRUS, TRASH, SWORD; see UNWANTED_KINDS in
 * local/cli/taste-words-builder.ts): it does not stand alone there (see lone-word.ts), though wink-lexicon
 * tags it. Read blind, 1-480-626-JAIL and 1-412-42-VIRUS were junk.
 */
export const isUnwantedNoun: (word: string) => boolean = lazyWordSet(() => UNWANTED_NOUNS.split(' '));
