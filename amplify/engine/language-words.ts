/** One language's generated word data, as shipped in amplify/engine/words/. */
export interface LanguageWords {
  /** ISO 639-1 code, e.g. "de". */
  language: string;
  /**
   * The words of each digit key, one line per key in key order, "word zipf*100 ..." as in the English index
   * but without the key itself: every word on a line dials it, so it is computed on first use and the
   * bundle a cold Lambda parses is a third smaller.
   */
  words: string;
  /** Words a caller must never hear in this language, folded to keypad letters, space-separated. */
  blocked: string;
}
