/** One language's generated word data, as shipped in amplify/engine/words/. */
export interface LanguageWords {
  /** ISO 639-1 code, e.g. "de". */
  language: string;
  /** The digits->words index text, in the English index's line format, sorted by digit key. */
  index: string;
  /** Words a caller must never hear in this language, folded to keypad letters, space-separated. */
  blocked: string;
}
