import { UNFLATTERING_WORDS } from './negative-words.generated';

let unflattering: ReadonlySet<string> | undefined;

/**
 * Whether an English word calls a person names (WordNet: a kind of person its gloss describes with a
 * negative word, see wordnetUnflatteringTerms in local/cli/wordnet-offensive.ts): SLOB, PATSY, RUNT. The
 * sentiment lexicons rate neither SLOB nor PATSY; said with every call, a person's own number would call
 * its owner one.
 */
export function isUnflatteringWord(word: string): boolean {
  unflattering ??= new Set(UNFLATTERING_WORDS.split(' '));
  return unflattering.has(word);
}
