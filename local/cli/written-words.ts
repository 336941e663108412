import { KNOWN_SIZE, type Vocabulary } from './word-vocabulary';

/**
 * Words a reader knows that film subtitles rarely say (LITURGY, LOGISTIC): dictionary headwords that
 * SCOWL lists up to size 50 and WordNet has as a lemma (so no inflected oddities such as DAPPERER), of a
 * length that fills a subscriber number whole. SUBTLEX counts them below the index's
 * floor or not at all, so without them a business whose number spells one whole word never sees it.
 * The index writes them rare (R): the engine trusts a rare word only where it fills the number or a
 * phrase introduces it, never as filler beside kept digits.
 */
export const WRITTEN_WORDS = {
  /** A four- or five-letter word fills only short numbers, where common words already abound. */
  minLength: 6,
  /** Seven letters fill a North American number; longer ones would only ever stand cut. */
  maxLength: 7,
  /**
   * Their stand-in Zipf frequency: read, not said, a little below a brand absent from the corpus (3) and
   * below the floor for cut words (INDEX_RULES.minZipfTruncated), so none is keyed cut: a caller completes a
   * cut word from its stem only when he hears it often (FORESTE(R) and DEARNES(S) read as typos).
   */
  zipf: 2.9,
} as const;

/** The written-only words missing from `spoken` (word -> Zipf), with their stand-in frequency. */
export function writtenWords(vocabulary: Vocabulary, spoken: ReadonlyMap<string, number>, minZipf: number): Map<string, number> {
  const words = new Map<string, number>();
  for (const [word, size] of vocabulary.englishSize) {
    if (size > KNOWN_SIZE || word.length < WRITTEN_WORDS.minLength || word.length > WRITTEN_WORDS.maxLength) continue;
    if (!/^[a-z]+$/.test(word) || !vocabulary.wordnetSenses.has(word)) continue;
    if ((spoken.get(word) ?? 0) >= minZipf) continue;
    words.set(word, WRITTEN_WORDS.zipf);
  }
  return words;
}
