/** One language's generated word data, as shipped in amplify/engine/words/. */
export interface LanguageWords {
  /** ISO 639-1 code, e.g. "de". */
  language: string;
  /** The words of each digit key, in the format of the English index (see index-format.ts). */
  words: string;
  /** Words a caller must never hear in this language, folded to keypad letters, space-separated. */
  blocked: string;
  /** Its function words (WENN, ESTO, OGNI), folded, space-separated: on a person's number never alone nor last. */
  functionWords?: string;
  /** Everyday words a native list rates as maybe or sure profanity (IMBECIL, MACACO, FECI): never on a person's number. */
  unsure?: string;
  /**
   * Words its subtitles say that the English index knows and its Hunspell dictionary does not (GIRL, TAKE,
   * POTTER), folded, space-separated: English on a local number. Absent where no dictionary is installed.
   */
  english?: string;
  /**
   * Its conjugated verb forms (LEGT, VOIT, LEYO, OUVI), folded, space-separated: read from its Hunspell dictionary
   * (see local/cli/local-lemmas-builder.ts); never a lone word on a person's number. Absent where the dictionary
   * does not tell verbs apart (none installed, or one whose verbs take no more forms than its nouns).
   */
  verbForms?: string;
}
