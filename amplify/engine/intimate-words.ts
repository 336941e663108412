/**
 * English words about sex, sexuality, intimate parts of the body and the toilet that are everyday words
 * first, so the blocked lists keep them (a chicken BREAST, an ORAL exam, a WEE dram), yet on
 * someone's own phone number, unasked, they read as a joke at the owner's expense: maintained profanity
 * lists name them for that reading. A person's number never offers one; a business's line may, having
 * chosen it (1-800-9-BREAST for a screening line). Named by hand from what an offensive check of every
 * number range found; their inflections are listed with them.
 */
const INTIMATE_WORDS: ReadonlySet<string> = new Set([
  'gay', 'gays', 'lesbian', 'lesbians', 'bisexual', 'queer',
  'sex', 'nude', 'nudes', 'naked',
  'oral', 'breast', 'breasts', 'bust', 'busty', 'thong', 'thongs', 'panties', 'bra', 'bras', 'lingerie',
  'lick', 'licks',
  'pee', 'pees', 'peeing', 'wee', 'wees', 'weeing', 'poop', 'poops', 'pooping', 'potty', 'toilet', 'toilets',
]);

/** Whether an English word (lower case) is one of INTIMATE_WORDS. */
export function isIntimateWord(word: string): boolean {
  return INTIMATE_WORDS.has(word);
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

/** Whether an English word (lower case) is one of SEXUAL_SLANG. */
export function isSexualSlang(word: string): boolean {
  return SEXUAL_SLANG.has(word);
}
