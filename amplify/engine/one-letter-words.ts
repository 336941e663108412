import type { WordEntry } from './dictionary';
import { digitCost } from './scoring';
import { WORD_CLASS, type Familiarity } from './word-tags';

const { noun, verb, adjective, determiner, pronoun, interjection, initialism } = WORD_CLASS;

/**
 * The letters English says as words, on their keys: A (an article), I and U ("you", as advertisers write
 * it), and O (the vocative, O CANADA). The index keeps no one-letter words; the search offers these only
 * where they open a short phrase that runs to the end of the number (1-877-44-U-QUIT, 1-800-O-CANADA).
 */
const ONE_LETTER_WORDS: Readonly<Record<string, WordEntry>> = {
  '2': oneLetter('A', determiner),
  '4': oneLetter('I', pronoun),
  '6': oneLetter('O', interjection),
  '8': oneLetter('U', pronoun),
};

function oneLetter(word: string, classes: number): WordEntry {
  const familiarity: Familiarity = 'common';
  return { word, zipf: 7, familiarity, classes, primary: classes, language: 'en' };
}

/** The one-letter word a digit's key offers, if any. */
export function oneLetterWord(digit: string): WordEntry | undefined {
  return ONE_LETTER_WORDS[digit];
}

export function isOneLetterWord(entry: WordEntry): boolean {
  return entry.word.length === 1;
}

/**
 * Whether a one-letter word opens a phrase with the word after it, `words` words in all after it: A before
 * an everyday singular noun or adjective that a consonant starts, with another word after it or filling
 * the number (A-GOOD-DEAL; a lone 55-A-HOUSE only copies 552-HOUSE); I or U before an everyday verb in its
 * plain form (I-SELL, U-QUIT; not I-USES); O before a name (O-CANADA).
 */
export function opensPhrase(letter: WordEntry, next: WordEntry, words: number, fills: boolean): boolean {
  // A one-letter word before a short one (I-RUN, A-CAT) is a fragment, not a phrase a caller keeps.
  if (next.language !== 'en' || next.word.length < MIN_NEXT_LENGTH) return false;
  if (letter.classes === interjection) return (next.familiarity === 'name' || next.familiarity === 'brand') && (next.classes & initialism) === 0;
  // A plural noun or a verb's -s form agrees with neither A nor I (A-NETS, I-ADDS).
  if (next.familiarity !== 'common' || (next.fullWord ?? next.word).endsWith('S')) return false;
  // An adjective after A waits for its noun (A-GOOD-DEAL; A-HAPPY alone stops short).
  if (letter.classes === determiner) return (words > 1 || fills) && !/^[AEIOU]/.test(next.word) && (next.primary & (words > 1 ? noun | adjective : noun)) !== 0;
  return (next.primary & verb) !== 0;
}

/**
 * The object pronouns that close a one-letter sentence on a person's own number (U-KNOW-IT, I-MISS-YOU):
 * after its verb any other short word is grammar alone (I-LEAD-IN, I-POSE-ON, U-FADE-HE), read blind as an
 * odd string of pieces rather than a sentence.
 */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['IT', 'ME', 'US', 'YOU', 'HIM', 'HER', 'THEM']);

export function isObjectPronoun(entry: WordEntry): boolean {
  return OBJECT_PRONOUNS.has(entry.word);
}

/** The pronouns that are only ever a subject: each waits for its verb, so none ends a phrase (WEEP-HE, LETS-HE). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['I', 'HE', 'SHE', 'WE', 'THEY']);

export function isSubjectPronoun(entry: WordEntry): boolean {
  return SUBJECT_PRONOUNS.has(entry.word);
}

/**
 * The object form of each one-letter subject: English says the subject's own person as an object only
 * reflexively (I WRAP MYSELF), so I-WRAP-ME or U-SEE-YOU is broken grammar, read blind as junk.
 */
const OWN_OBJECT: ReadonlyMap<string, string> = new Map([
  ['I', 'ME'],
  ['U', 'YOU'],
]);

/** Whether `object` is the one-letter subject's own person (I ... ME, U ... YOU): see OWN_OBJECT. */
export function isOwnObject(subject: WordEntry, object: WordEntry): boolean {
  return OWN_OBJECT.get(subject.word) === object.word;
}

/**
 * What a one-letter word adds: a hair less than keeping its digit, so it ranks just below the same words
 * behind the digit (448-U-QUIT after 4488-QUIT) and first only where the phrase then fills the number.
 */
export function oneLetterScore(position: number, length: number): number {
  return -digitCost(position, length) - ONE_LETTER_MARGIN;
}

/** Letters the word after a one-letter word needs (see opensPhrase). */
export const MIN_NEXT_LENGTH = 4;

/** How far below the kept digit a one-letter word ranks (see oneLetterScore). */
const ONE_LETTER_MARGIN = 0.05;
