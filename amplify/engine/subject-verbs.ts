import type { WordEntry } from './dictionary';
import { isObjectPronoun } from './one-letter-words';
import { INTRODUCER_ZIPF } from './phrase';
import type { Segment } from './search';
import { SUBJECT_VERBS } from './subject-verbs.generated';
import { WORD_CLASS } from './word-tags';
import { lazyWordSet } from './word-set';

const isSubjectVerbWord = lazyWordSet(() => SUBJECT_VERBS.split(' '));

/**
 * Zipf a word needs to be read as a verb after I or U: as often as the everyday verbs that introduce names
 * (LOVE, NEED, MOVE, OPEN, WORK; see INTRODUCER_ZIPF). At 3.5, one in 10,000 random numbers took a noun
 * said as a verb rarely (U-FOOT-ME, I-PINE-IT, I-TUNE-HI, I-LAND-US), mostly as rank 1.
 */
const SUBJECT_VERB_ZIPF = INTRODUCER_ZIPF;

const readings = new WeakMap<WordEntry, WordEntry>();
const verbReadings = new WeakSet<WordEntry>();

/**
 * The verb reading a subject forces on an everyday word the lexicon reads first as a noun (I-LOVE-IT,
 * I-NEED-IT, U-OPEN-IT: with LOVE a noun, the pair with its object clashed), or undefined where there is
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

/**
 * Whether every verb reading of `segments` (see verbReading) takes an object: an object pronoun or a word
 * read first as a noun after it (I-LOVE-IT, I-NEED-CASH). A particle or a preposition after it (I-WING-AS,
 * U-RUSH-BY on random toll-free numbers) leaves a noun read as a verb with nothing to make it one.
 */
export function verbReadingsTakeObjects(segments: readonly Segment[]): boolean {
  for (const [index, segment] of segments.entries()) {
    if (!isVerbReading(segment.word)) continue;
    const object = segments[index + 1]?.word;
    if (object === undefined || !(isObjectPronoun(object) || (object.primary & WORD_CLASS.noun) !== 0)) return false;
  }
  return true;
}
