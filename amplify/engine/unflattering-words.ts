import { UNFLATTERING_WORDS } from './negative-words.generated';
import { lazyWordSet } from './word-set';

/**
 * Whether an English word calls a person names (WordNet: a kind of person its gloss describes with a
 * negative word, see wordnetUnflatteringTerms in local/cli/wordnet-offensive.ts): SLOB, PATSY, RUNT. The
 * sentiment lexicons rate neither SLOB nor PATSY; said with every call, a person's own number would call
 * its owner one.
 */
export const isUnflatteringWord: (word: string) => boolean = lazyWordSet(() => UNFLATTERING_WORDS.split(' '));
