import { BLOCKED_WORDS, OFFENSIVE_ENGLISH } from './blocked-words';
import { CUSS_ENGLISH, MAINTAINED_ENGLISH, NAUGHTY_ENGLISH } from './english-blocked.generated';
import { BlockedTerms } from './local-profanity';

let english: BlockedTerms | undefined;

/**
 * Every English term a candidate must not spell: the maintained lists (naughty-words, cuss and the others
 * local/eval/independent-lists.ts reads, copied by `npm run blocked-words`), the words obscenity lets
 * through (blocked-words.ts) and the curated ones.
 * Judged whole, next to each other and across splits, never inside one word (see BlockedTerms): English
 * words are whole words, and obscenity already finds its terms inside them. Built on first use, about
 * 2,600 short strings (18 KiB of source).
 */
export function englishBlockedTerms(): BlockedTerms {
  english ??= new BlockedTerms([...NAUGHTY_ENGLISH.split(' '), ...CUSS_ENGLISH.split(' '), ...MAINTAINED_ENGLISH.split(' '), ...BLOCKED_WORDS, ...OFFENSIVE_ENGLISH], false);
  return english;
}
