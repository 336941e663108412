/** One language's generated word data, as shipped in amplify/engine/words/. */
export interface LanguageWords {
  /** ISO 639-1 code, e.g. "de". */
  language: string;
  /** The words of each digit key, in the format of the English index (see index-format.ts). */
  words: string;
  /** Words a caller must never hear in this language, folded to keypad letters, space-separated. */
  blocked: string;
}
