import type { Dictionary, WordEntry } from './dictionary';
import { toKeypadDigits } from './keypad';
import { MIN_COMPOUND_ZIPF } from './phrase';
import { WORD_CLASS } from './word-tags';

/** Rules for brands written as two everyday words run together (see heardCompoundBrand). */
export const COMPOUND_BRAND = {
  /** Letters such a brand needs: two words of three (REDBOX, NEWEGG, FITBIT). */
  minLetters: 6,
  /**
   * Letters each of its words needs: on 50,000 random toll-free numbers two-letter words split names no caller
   * hears as two words (ROOTME, WALLIS, WEREAD, FACEIT), as function words of three did (YOUFIT, VIANOR).
   */
  minPartLetters: 3,
  /** Zipf each of its words needs: one said every day, so the caller hears and spells both (see MIN_COMPOUND_ZIPF). */
  minPartZipf: MIN_COMPOUND_ZIPF,
} as const;

/**
 * A brand written as two everyday content words run together (REDBOX, NEWEGG, FITBIT, PAYPAL), read as a
 * brand several lists name (see isNotableBrand): the caller hears its name as the two words and spells it
 * from them, as a brand several lists vouch for is heard. Most such brands are in one list only, at the
 * stand-in frequency the index gives a brand no corpus counts, so a name line (see name-lines.ts) refused
 * REDBOX-1 and offered SEDAN-91 alone. Returns `word` with the trade-name mark, or `word` as it was.
 */
export function heardCompoundBrand(word: WordEntry, dictionary: Dictionary): WordEntry {
  if (word.familiarity !== 'brand' || word.fullWord !== undefined || word.language !== 'en' || (word.classes & WORD_CLASS.tradeName) !== 0) return word;
  if (word.word.length < COMPOUND_BRAND.minLetters) return word;
  for (let split = COMPOUND_BRAND.minPartLetters; word.word.length - split >= COMPOUND_BRAND.minPartLetters; split++) {
    if (isEverydayWord(word.word.slice(0, split), dictionary) && isEverydayWord(word.word.slice(split), dictionary)) return { ...word, classes: word.classes | WORD_CLASS.tradeName };
  }
  return word;
}

/** Content words only: a noun, a verb or an adjective, first read so (RED, BOX, FIT; not YOU, VIA). */
const CONTENT_CLASSES = WORD_CLASS.noun | WORD_CLASS.verb | WORD_CLASS.adjective;

/** Whether the index holds `written` as an everyday English content word said at COMPOUND_BRAND.minPartZipf or more. */
function isEverydayWord(written: string, dictionary: Dictionary): boolean {
  return dictionary.lookup(toKeypadDigits(written)).entries.some((entry) => entry.word === written && entry.fullWord === undefined && entry.language === 'en' && entry.familiarity === 'common' && (entry.primary & CONTENT_CLASSES) !== 0 && entry.zipf >= COMPOUND_BRAND.minPartZipf);
}
