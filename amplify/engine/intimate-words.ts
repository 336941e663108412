/**
 * English words about sex, sexuality, intimate parts of the body and the toilet that are everyday words
 * first, so the blocked lists keep them (a chicken BREAST, an ORAL exam, a BANGING door, a WEE dram), yet on
 * someone's own phone number, unasked, they read as a joke at the owner's expense: maintained profanity
 * lists name them for that reading. A person's number never offers one; a business's line may, having
 * chosen it (1-800-9-BREAST for a screening line). Named by hand from what an offensive check of every
 * person's number range found; their inflections are listed with them.
 */
const INTIMATE_WORDS: ReadonlySet<string> = new Set([
  'gay', 'gays', 'lesbian', 'lesbians', 'bisexual', 'queer',
  'sex', 'sexy', 'sexier', 'sexiest', 'horny', 'hornier', 'horniest', 'erotic', 'nude', 'nudes', 'naked',
  'oral', 'breast', 'breasts', 'bust', 'busty', 'thong', 'thongs', 'panties', 'bra', 'bras', 'lingerie',
  'banging', 'licking', 'lick', 'licks', 'sucking', 'spank', 'spanking', 'kinky', 'fetish',
  'pee', 'pees', 'peeing', 'wee', 'wees', 'weeing', 'poop', 'poops', 'pooping', 'potty', 'toilet', 'toilets',
]);

/** Whether an English word (lower case) is one of INTIMATE_WORDS. */
export function isIntimateWord(word: string): boolean {
  return INTIMATE_WORDS.has(word);
}
