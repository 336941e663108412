import { BODILY_WORDS } from './negative-words.generated';
import { lazyWordSet } from './word-set';

/**
 * English words about sex, sexuality, underwear and the toilet that are everyday words first, so the blocked
 * lists keep them (an ORAL exam, a WEE dram), yet on a phone number, unasked, they read as a joke at the
 * owner's expense: maintained profanity lists name them for that reading. No line offers one, a business's
 * included: a random toll-free number was offered 1-800-4-PEEING, 1-800-RIP-ORAL, 1-800-LESBIAN and 1-800-4-BOSOMS, which no
 * company would print and its callers would hear as a prank. Named by hand from what an offensive check of
 * every number range found (WordNet files most of them under everyday senses: ORAL is first "using speech",
 * BRA an artifact), with their inflections; englishBlockedTerms reads them as it reads the lists, so they
 * count whole, next to each other, run together and across splits too. A hand-kept class because WordNet
 * cannot draw it: rooted at its underwear and toilet senses it also takes JOHN, MENS and PANTS, whose first
 * sense it files there.
 */
const INTIMATE_WORDS: ReadonlySet<string> = new Set([
  'gay', 'gays', 'lesbian', 'lesbians', 'bisexual', 'queer',
  'sex', 'sexes', 'sexed', 'sexing', 'sexual', 'sexually', 'sexuality', 'nude', 'nudes', 'naked', 'nudist', 'nudists',
  'oral', 'busty', 'bosom', 'bosoms', 'thong', 'thongs', 'panties', 'bra', 'bras', 'lingerie', 'undies', 'underpants', 'knickers',
  'lick', 'licks',
  'pee', 'pees', 'peed', 'peeing', 'wee', 'wees', 'weeing', 'poop', 'poops', 'pooping', 'potty', 'toilet', 'toilets',
  'urinal', 'urinals',
]);

/**
 * Parts of the body a health line names (1-800-9-BREAST for a screening line, as 1-800-4-CANCER names its
 * cause): a business's line may choose one, a person's own number never offers it.
 */
const BODY_WORDS: ReadonlySet<string> = new Set(['breast', 'breasts', 'bust']);

/** The words of INTIMATE_WORDS, which no line offers. */
export function intimateWords(): readonly string[] {
  return [...INTIMATE_WORDS];
}

const isBodilyAdjective = lazyWordSet(() => BODILY_WORDS.split(' '));

/**
 * Whether an English word (lower case) is one of BODY_WORDS, or an adjective whose main meaning WordNet
 * relates to a part of the body (NASAL, RENAL: see wordnetBodilyTerms): on a business's line only.
 */
export function isBodyWord(word: string): boolean {
  return BODY_WORDS.has(word) || isBodilyAdjective(word);
}

/**
 * Of those, the words whose sexual reading is the one a caller hears first (HORNIER, BANGING, LICKING as a
 * whole word): no line, a business's included, is offered one. The blocked lists hold the base forms (HORNY,
 * SEXY); these are the inflections and slang they miss.
 */
const SEXUAL_SLANG: ReadonlySet<string> = new Set([
  'sexy', 'sexier', 'sexiest', 'horny', 'hornier', 'horniest', 'erotic', 'banging', 'licking', 'sucking',
  'spank', 'spanking', 'kinky', 'fetish',
]);

/** The words of SEXUAL_SLANG, which no line offers. */
export function sexualSlang(): readonly string[] {
  return [...SEXUAL_SLANG];
}
