import type { WordEntry } from './dictionary';
import { WORD_CLASS } from './word-tags';

/**
 * A brand written as two everyday content words run together (REDBOX, NEWEGG, FITBIT, PAYPAL: see
 * WORD_CLASS.compoundBrand), read as a brand several lists name (see isNotableBrand): the caller hears its
 * name as the two words and spells it from them, as a brand several lists vouch for is heard. Most such
 * brands are in one list only, at the stand-in frequency the index gives a brand no corpus counts, so a name
 * line (see name-lines.ts) refused REDBOX-1 and offered SEDAN-91 alone. Returns `word` with the trade-name
 * mark, or `word` as it was.
 */
export function heardCompoundBrand(word: WordEntry): WordEntry {
  if ((word.classes & WORD_CLASS.compoundBrand) === 0 || word.familiarity !== 'brand' || word.fullWord !== undefined || (word.classes & WORD_CLASS.tradeName) !== 0) return word;
  return { ...word, classes: word.classes | WORD_CLASS.tradeName };
}
