import type { WordEntry } from './dictionary';
import { WORD_CLASS } from './word-tags';

const { noun, verb, adverb } = WORD_CLASS;

/** Zipf both words need before a word the lexicon reads first as a noun is read as a command: everyday words only. */
const MIN_IMPERATIVE_ZIPF = 3.5;

/** Letters the command word needs: three-letter nouns that are also verbs (RAT, CUP, WOW) read as the nouns. */
const MIN_COMMAND_LENGTH = 4;

/**
 * Adverbs that close no command, a closed class like the particles: the question adverbs open a clause
 * (DIET-WHY, SEND-HOW) and AGO follows a span of time (NAME-AGO). Read on 20,000 persons' numbers, these
 * were the commands that read as two stray words.
 */
const NO_COMMAND_CLOSERS: ReadonlySet<string> = new Set(['WHY', 'HOW', 'WHEN', 'WHERE', 'AGO']);

/**
 * Whether a word whose most frequent reading is a noun but which is also a verb reads as a command before
 * the adverb after it (SHOP-NOW, BOOK-NOW, DIAL-NOW): advertisers write commands, while the
 * lexicon's first reading comes from running text, where such words are mostly nouns. Before a noun the
 * command reading is left out: measured on 3,000 everyday numbers it turned stray pairs into phrases
 * (QUIZ-BAY, DIAL-APE, BAGS-ROT) far more often than it found WASH-CAR.
 */
export function readsAsCommand(first: WordEntry, second: WordEntry): boolean {
  if (NO_COMMAND_CLOSERS.has(second.word)) return false;
  if ((first.classes & verb) === 0 || (first.primary & noun) === 0 || first.word.length < MIN_COMMAND_LENGTH) return false;
  if (first.familiarity !== 'common' || second.familiarity !== 'common') return false;
  if (first.zipf < MIN_IMPERATIVE_ZIPF || second.zipf < MIN_IMPERATIVE_ZIPF) return false;
  return (second.primary & adverb) !== 0;
}
