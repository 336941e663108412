import type { WordEntry } from './dictionary';
import { LANGUAGE_WORDS } from './words/languages.generated';

/** A language's function words and unsure words, upper-case as WordEntry writes words. */
interface LocalKinds {
  functionWords: ReadonlySet<string>;
  unsure: ReadonlySet<string>;
  /** Undefined where the language has no Hunspell dictionary to tell its words from English. */
  english: ReadonlySet<string> | undefined;
  verbForms: ReadonlySet<string>;
}

const kindsByLanguage = new Map<string, LocalKinds>();

/** Parsed on first use of a language: a cold start that never meets a local word parses none of them. */
function kindsOf(language: string): LocalKinds {
  let kinds = kindsByLanguage.get(language);
  if (!kinds) {
    const words = LANGUAGE_WORDS[language];
    const set = (text: string | undefined): ReadonlySet<string> => new Set(text ? text.toUpperCase().split(' ') : []);
    kinds = {
      functionWords: set(words?.functionWords),
      unsure: set(words?.unsure),
      english: words?.english === undefined ? undefined : set(words.english),
      verbForms: set(words?.verbForms),
    };
    kindsByLanguage.set(language, kinds);
  }
  return kinds;
}

/** Whether a local word is a function word of its language (German WENN, Spanish ESTO, Italian OGNI: see functionWords in language-index-builder.ts). */
export function isLocalFunctionWord(word: WordEntry): boolean {
  return word.language !== 'en' && kindsOf(word.language).functionWords.has(word.fullWord ?? word.word);
}

/** Whether a native list of the word's language rates it as maybe or sure profanity (IMBECIL, MACACO, FECI: see unsureWords). */
export function isLocalUnsure(word: WordEntry): boolean {
  return word.language !== 'en' && kindsOf(word.language).unsure.has(word.fullWord ?? word.word);
}

/** Whether a local word is a conjugated verb form of its language (LEGT, VOIT, LEYO, OUVI: see verbForms in language-words.ts). */
export function isLocalVerbForm(word: WordEntry): boolean {
  return word.language !== 'en' && kindsOf(word.language).verbForms.has(word.fullWord ?? word.word);
}

/**
 * Whether a local word is English its subtitles say that its own dictionary does not know (GIRL, TAKE,
 * POTTER: see englishOnlyWords in english-on-local-builder.ts). Letters as WordEntry writes them.
 */
export function isEnglishIn(language: string, word: string): boolean {
  return kindsOf(language).english?.has(word) ?? false;
}

/** Whether the language has a dictionary to tell its words from English (no Norwegian, Finnish, Hungarian one). */
export function tellsEnglishApart(language: string): boolean {
  return kindsOf(language).english !== undefined;
}
