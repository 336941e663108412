import { getDictionary, heardWord, type WordEntry } from './dictionary';
import { isDistressingWord } from './distress-words';
import { toKeypadDigits } from './keypad';
import { ENGLISH_LOAN_MARGIN, spellsOneEnglishWord } from './one-language';
import { QUALITY_FLOOR } from './quality';
import { isEnglishIn, isLocalFunctionWord, isLocalUnsure, isLocalVerbForm } from './local-word-kinds';
import { isUnwantedNoun } from './word-taste';

/**
 * The floor for local-language words on a person's own number. A local index is the 10,000 most frequent
 * words of a language's film subtitles (see language-index-builder.ts): it carries no part of speech, so
 * the English side's phrase checks cannot vouch for a chain of its words, and its most frequent short words
 * are function words (ZU, LE, VA, UND, QUE). Read as a native caller would (stop 20), two-letter words made
 * junk of nearly every chain (ZU-ZEIT, LE-RIEN, DONC-VA), chains of three-letter words read as gibberish
 * (RIZ-NUL, LES-HOC), and the subtitles' character names (GARY, JANE, ZACH) took a number alone.
 */
export const LOCAL_FLOOR = {
  /** A local word shorter than this is a function word or a fragment: never on a person's number. */
  minWordLength: 3,
  /** With no part of speech to prove a phrase, each word of a chain of local words needs this many letters. */
  minChainWordLength: 4,
} as const;

/** The Zipf a local word beside digits needs, after its country's offset: the English side's floor (see QUALITY_FLOOR). */
function minZipf(word: WordEntry): number {
  return word.word.length >= QUALITY_FLOOR.longWordLength ? QUALITY_FLOOR.minZipfLongBesideDigits : QUALITY_FLOOR.minZipfBesideDigits;
}

/**
 * Whether a person's number may offer these local-language words (the words of one candidate, in order):
 * each long enough to be a content word, each of a chain long enough to be heard as a word rather than a
 * syllable (unless the chain runs together into one word), the last no function word, none a word a native
 * list rates as profanity, English its dictionary does not know, or spelled as an English word of distress or
 * of an unwanted kind, each as frequent as the English side asks of a word beside digits (in Jersey, Cameroon
 * and Malta, where the local language comes second, after its discount), none a name, brand or English word
 * the English index knows (there a name needs a phrase to introduce it), and a lone word no conjugated verb form.
 */
export function passesLocalFloor(words: readonly WordEntry[]): boolean {
  const local = words.filter((word) => word.language !== 'en');
  if (local.length === 0) return true;
  // A function word (WENN, ESTO, OGNI) says nothing alone and leaves a chain hanging (ZEIT-WENN): never last.
  const last = words[words.length - 1];
  if (last && isLocalFunctionWord(last)) return false;
  // A conjugated verb form (LEGT, VOIT, LEYO) names nothing: alone it is no word a caller picks for a number.
  if (words.length === 1 && last && isLocalVerbForm(last)) return false;
  for (const word of local) {
    if (word.word.length < LOCAL_FLOOR.minWordLength || word.zipf < minZipf(word) || isLocalUnsure(word)) return false;
    // English its subtitles say that its dictionary does not know (GIRL, POTTER in Portuguese): see english-on-local.ts.
    if (isEnglishIn(word.language, word.fullWord ?? word.word)) return false;
    // Spelled as an English illness, crime, death or unwanted thing, it is mostly the same loanword (VIRUS in
    // Amsterdam: stop 22), which the language's own distress list does not name.
    const heard = heardWord(word);
    if (isDistressingWord(heard) || isUnwantedNoun(heard)) return false;
    const english = englishEntry(word);
    if (english && isLoanOrName(word, english)) return false;
  }
  if (words.length === 1 || local.every((word) => word.word.length >= LOCAL_FLOOR.minChainWordLength)) return true;
  // A chain whose letters run together spell one word (BON-JOUR) is heard as that word; read last, as it costs most.
  return spellsOneEnglishWord(words.map((word) => ({ text: word.word, digits: toKeypadDigits(word.word), isWord: true })));
}

/** The English entry of each local word asked about (null: none), kept: the same words are judged again and again. */
const englishEntries = new WeakMap<WordEntry, WordEntry | null>();

function englishEntry(word: WordEntry): WordEntry | undefined {
  let english = englishEntries.get(word);
  if (english === undefined) {
    english = getDictionary(undefined).lookup(toKeypadDigits(word.word)).entries.find((entry) => entry.word === word.word) ?? null;
    englishEntries.set(word, english);
  }
  return english ?? undefined;
}

/**
 * Whether the English index holds the local word as a rare word or a brand it says as often (the films'
 * first names JOEY, JANE), or as English the caller hears (WHOA, TAKE, LOOK: English says it ten times as often, see
 * ENGLISH_LOAN_MARGIN). Such a word is the English index's to offer, with its floor and its country's discount.
 */
function isLoanOrName(word: WordEntry, english: WordEntry): boolean {
  // English keeps the films' first names as rare words (JOEY, JANE) and brands as brands; one the language says
  // more often is its own (VALE). English calls a foreign word it borrows a name (MERCI, MAISON, GRAZIE): not that.
  if ((english.familiarity === 'rare' || english.familiarity === 'brand') && english.zipf >= word.zipf) return true;
  return english.zipf >= word.zipf + ENGLISH_LOAN_MARGIN;
}
