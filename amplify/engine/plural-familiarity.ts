import { getDictionary, type Dictionary, type WordEntry } from './dictionary';
import { toKeypadDigits } from './keypad';
import { WORD_CLASS } from './word-tags';

/**
 * How familiar a word is, as a Zipf frequency: a regular plural of an English noun (VETS, DOCS, VANS, REPS)
 * counts with its singular, as a lemma's frequency does, since film subtitles say the singular far more
 * often (VET 3.76, VETS 2.80 in SUBTLEX-US) though a caller knows the plural as well. Other words keep their own.
 */
export function lemmaZipf(word: WordEntry): number {
  const { word: text } = word;
  if (word.language !== 'en' || word.fullWord !== undefined || (word.classes & WORD_CLASS.noun) === 0 || !text.endsWith('S') || text.endsWith('SS')) return word.zipf;
  const english = getDictionary(undefined);
  const noun = plainEntry(english, text.slice(0, -1));
  const plural = plainEntry(english, text);
  if (!noun || !plural || (noun.classes & WORD_CLASS.noun) === 0) return word.zipf;
  // Zipf is log10 of occurrences per billion words: the lemma's occurrences are the two forms' summed. Added
  // as a gain, so a country whose English words carry an offset (see WordSource.zipfOffset) keeps it.
  return word.zipf + Math.log10(10 ** plural.zipf + 10 ** noun.zipf) - plural.zipf;
}

/** An English word's own entry (not a cut word) in the English index. */
function plainEntry(dictionary: Dictionary, text: string): WordEntry | undefined {
  return dictionary.lookup(toKeypadDigits(text)).entries.find((entry) => entry.word === text && entry.language === 'en' && entry.fullWord === undefined);
}
