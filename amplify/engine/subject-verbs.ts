import type { WordEntry } from './dictionary';
import { SUBJECT_VERBS } from './subject-verbs.generated';
import { WORD_CLASS } from './word-tags';
import { lazyWordSet } from './word-set';

const isSubjectVerbWord = lazyWordSet(() => SUBJECT_VERBS.split(' '));

/** Zipf a word needs to be read as a verb after I or U: one said every day (LOVE, NEED, MOVE, STORE). */
export const SUBJECT_VERB_ZIPF = 3.5;

const readings = new WeakMap<WordEntry, WordEntry>();
const verbReadings = new WeakSet<WordEntry>();

/**
 * The verb reading a subject forces on an everyday word the lexicon reads first as a noun (I-LOVE-IT,
 * I-NEED-IT, U-STORE-IT: with LOVE a noun, the pair with its object clashed), or undefined where there is
 * none: wink-lexicon must tag the word VBP, the form said after I and you (see
 * local/cli/subject-verbs-builder.ts). The reading stands only right after I or U (see isVerbReading).
 */
export function verbReading(word: WordEntry): WordEntry | undefined {
  if (word.language !== 'en' || word.fullWord !== undefined || word.familiarity !== 'common' || word.zipf < SUBJECT_VERB_ZIPF) return undefined;
  if (word.primary === WORD_CLASS.verb || (word.classes & WORD_CLASS.verb) === 0 || !isSubjectVerbWord(word.word.toLowerCase())) return undefined;
  let reading = readings.get(word);
  if (!reading) {
    reading = { ...word, primary: WORD_CLASS.verb };
    readings.set(word, reading);
    verbReadings.add(reading);
  }
  return reading;
}

/** Whether `word` is a verb reading that stands only right after I or U (see verbReading). */
export function isVerbReading(word: WordEntry | undefined): boolean {
  return word !== undefined && verbReadings.has(word);
}
