import type { WordEntry } from './dictionary';
import { MIN_NEXT_LENGTH, opensPhrase } from './one-letter-words';
import type { Segment } from './search';
import { WORD_CLASS } from './word-tags';

const { noun, verb, determiner } = WORD_CLASS;

/**
 * The article A inside a phrase, beyond the phrases it opens (see opensPhrase): between a verb and its
 * object (CALL-A-CAB, GET-A-JOB), where the noun may have three letters, and after a lone kept 4 read as
 * FOR (4-A-CHILD), the noun closing the number. Advertisers write both; a lone A before a noun behind any other
 * digits (5-A-HOUSE) only copies the digit it replaces.
 */
const ARTICLE_PHRASE = {
  /** Letters the noun after the article needs inside a phrase (CAB, JOB, CAR). */
  minNounLength: 3,
  /** Zipf the verb and the noun need: words said every day. */
  minZipf: 3.5,
} as const;

/**
 * Whether the search may try the article A at `position` before `next` on the chance that what comes
 * before it makes the phrase (see articlesStand, which checks it once the whole spelling is known).
 */
export function articleMayOpen(letter: WordEntry, next: WordEntry, position: number): boolean {
  return (
    letter.word === 'A' &&
    position > 0 &&
    next.language === 'en' &&
    next.familiarity === 'common' &&
    next.fullWord === undefined &&
    next.word.length >= ARTICLE_PHRASE.minNounLength &&
    next.zipf >= ARTICLE_PHRASE.minZipf &&
    (next.primary & noun) !== 0 &&
    takesA(next.word) &&
    !next.word.endsWith('S')
  );
}

/** Whether A, not AN, comes before a word, told by its first letter as written (CAB, NURSE; not APPLE, EGG). */
export function takesA(word: string): boolean {
  return !/^[AEIOU]/.test(word);
}

/**
 * Whether every article A of a spelling stands: where it opens a phrase of its own (opensPhrase), or
 * between an everyday verb and its noun (CALL-A-CAB), or after a lone kept 4 with the noun closing the
 * number (4-A-CHILD).
 */
export function articlesStand(segments: readonly Segment[], digits: string): boolean {
  for (const [index, segment] of segments.entries()) {
    const word = segment.word;
    if (word?.word !== 'A' || word.classes !== determiner) continue;
    const next = segments[index + 1]?.word;
    if (next === undefined) return false;
    const wordsAfter = segments.slice(index + 1).filter((after) => after.word !== undefined).length;
    if (next.word.length >= MIN_NEXT_LENGTH && opensPhrase(word, next, wordsAfter, segment.start === 0)) continue;
    const before = segments[index - 1];
    if (before?.word !== undefined && isEverydayVerb(before.word)) continue;
    // A lone 4 is heard as FOR (4-A-CHILD); 414-A-CORE is digits with a letter dropped among them.
    const readsFor = before !== undefined && before.word === undefined && before.end - before.start === 1 && digits[before.start] === '4' && index + 2 === segments.length;
    if (!readsFor) return false;
  }
  return true;
}

function isEverydayVerb(word: WordEntry): boolean {
  return (word.primary & verb) !== 0 && word.familiarity === 'common' && word.zipf >= ARTICLE_PHRASE.minZipf;
}
